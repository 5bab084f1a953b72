// The subject's own credit report (the self-query of the credit plans): its score and the factors
// behind it, every sanction and record about it, who looked at its data, when and why; an
// objection to one of its sanctions or records with the evidence in words; its objections.
import { api, ApiError } from '../api.js';
import { h, clear, note } from '../util.js';
import { t, enumLabel, fmtDate, fmtNumber, dateElement, instantElement, loadMessages } from '../i18n.js';
import { errorSlots, problemNote, unavailableNote, pager, yesNo, announce } from './desk.js';
import { factorDetail } from '../prose.js';

await loadMessages('me');

const QUERIES_SHOWN = 50;

export async function meView(el) {
  const report = h('div', { id: 'me-report', 'aria-busy': 'true' }, note(t('desk.loading')));
  const objections = h('section', { id: 'me-objections', class: 'panel', 'aria-labelledby': 'me-objections-title' });
  el.append(h('h1', { id: 'me-title' }, t('me.title')), h('p', { class: 'muted' }, t('me.intro')), report, objections);
  let data;
  try {
    data = await api('/me/credit-report');
  } catch (e) {
    clear(report).append(e instanceof ApiError && e.unavailable ? unavailableNote(t('me.title'), e) : problemNote(e));
    report.setAttribute('aria-busy', 'false');
    return;
  }
  const items = [...(data.sanctions || []).map((s) => ({ ...s, itemType: 'SANCTION' })),
    ...(data.records || []).map((r) => ({ ...r, itemType: 'RECORD' }))];
  const objectionForm = objectionPanel(items, () => showObjections(objections, 0));
  clear(report).append(
    scorePanel(data),
    itemsPanel('sanctions', data.sanctions || [], sanctionCells, objectionForm),
    itemsPanel('records', data.records || [], recordCells, objectionForm),
    objectionForm.panel,
    queriesPanel(data));
  report.setAttribute('aria-busy', 'false');
  await showObjections(objections, 0);
}

function scorePanel(data) {
  const s = data.score;
  if (!s) return h('section', { class: 'panel' }, h('h2', null, t('me.score')), note(t('me.no-score')));
  return h('section', { class: 'panel', id: 'me-score', 'aria-labelledby': 'me-score-title' },
    h('h2', { id: 'me-score-title' }, t('me.score')),
    h('p', null,
      h('span', { class: 'score', id: 'me-score-value' }, fmtNumber(s.score)), ' ',
      h('span', { class: `badge grade-${s.grade}`, id: 'me-grade' }, enumLabel('Grade', s.grade)), ' ',
      s.blacklisted ? h('span', { class: 'badge black' }, t('me.blacklisted')) : ''),
    h('p', { class: 'muted' }, t('me.score-basis', { entity: data.entityId, date: fmtDate(s.asOf || data.asOf), base: fmtNumber(s.base) })),
    h('table', { id: 'me-factors' },
      h('caption', null, t('me.factors')),
      h('thead', null, h('tr', null, ['factor', 'contribution', 'detail'].map((c) => h('th', { scope: 'col' }, t(`me.col.${c}`))))),
      h('tbody', null, (s.factors || []).map((f) => h('tr', null,
        h('th', { scope: 'row' }, enumLabel('Factor', f.name), f.disputed ? ` · ${t('me.disputed')}` : ''),
        h('td', { class: f.contribution < 0 ? 'neg' : 'pos' }, (f.contribution > 0 ? '+' : '') + fmtNumber(f.contribution)),
        h('td', null, factorDetail(f, { class: '' })))))));
}

function sanctionCells(s) {
  return [enumLabel('SanctionKind', s.kind), s.authority || '', fmtNumber(s.severity), yesNo(s.blacklist),
    [dateElement(s.effectiveFrom), ' – ', s.effectiveTo ? dateElement(s.effectiveTo) : t('me.open-end')], s.reason || ''];
}

function recordCells(r) {
  return [enumLabel('RecordKind', r.kind), dateElement(r.date), fmtNumber(r.severity), r.detail || ''];
}

function itemsPanel(kind, rows, cells, objectionForm) {
  const heads = t(`me.${kind}.columns`).split('|');
  return h('section', { class: 'panel', id: `me-${kind}`, 'aria-labelledby': `me-${kind}-title` },
    h('h2', { id: `me-${kind}-title` }, t(`me.${kind}`)),
    rows.length ? h('table', { id: `me-${kind}-table` },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('me.col.id')), heads.map((c) => h('th', { scope: 'col' }, c)),
        h('th', { scope: 'col' }, t('me.col.state')), h('th', { scope: 'col' }, t('me.col.object')))),
      h('tbody', null, rows.map((r) => h('tr', { dataset: { item: r.id } },
        h('th', { scope: 'row' }, r.id), cells(r).map((c) => h('td', null, c)),
        h('td', null, state(r)),
        h('td', null, r.withdrawn || r.disputed ? '' : h('button', {
          type: 'button', class: 'secondary', 'aria-label': t('me.object-to', { id: r.id }),
          onclick: () => objectionForm.choose(r.id),
        }, t('me.object'))))))) : note(t(`me.no-${kind}`)));
}

function state(item) {
  if (item.withdrawn) return h('span', { class: 'badge ok' }, t('me.withdrawn'));
  if (item.disputed) return h('span', { class: 'badge warn' }, t('me.disputed'));
  return t('me.standing');
}

function objectionPanel(items, onFiled) {
  const open = items.filter((i) => !i.withdrawn && !i.disputed);
  const item = h('select', { id: 'obj-item', required: true },
    h('option', { value: '' }, t('me.obj.choose')),
    items.map((i) => h('option', { value: i.id, disabled: i.withdrawn || i.disputed },
      `${i.id} · ${i.itemType === 'SANCTION' ? enumLabel('SanctionKind', i.kind) : enumLabel('RecordKind', i.kind)}`
      + (i.disputed ? ` (${t('me.disputed')})` : i.withdrawn ? ` (${t('me.withdrawn')})` : ''))));
  const reason = h('textarea', { id: 'obj-reason', rows: 5, cols: 60, maxlength: 2000, required: true });
  const submit = h('button', { type: 'submit', id: 'obj-submit' }, t('me.obj.submit'));
  const done = h('div', { id: 'obj-done', 'aria-live': 'polite' });
  const form = h('form', { id: 'obj-form', novalidate: true, 'aria-labelledby': 'obj-title' },
    h('label', { for: 'obj-item' }, t('me.obj.item'), item),
    h('label', { for: 'obj-reason' }, t('me.obj.reason'), reason),
    h('p', { class: 'muted', id: 'obj-help' }, t('me.obj.help')),
    h('div', { class: 'controls' }, submit), done);
  const errors = errorSlots(form, { recordId: item, reason });
  const panel = h('section', { class: 'panel', id: 'me-objection', 'aria-labelledby': 'obj-title' },
    h('h2', { id: 'obj-title' }, t('me.obj.title')),
    open.length ? form : note(t('me.obj.nothing')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    clear(done);
    if (!item.value) { errors.message('recordId', t('me.obj.choose-first')); return; }
    if (!reason.value.trim()) { errors.message('reason', t('me.obj.reason-required')); return; }
    submit.disabled = true;
    try {
      const filed = await api('/objections', { method: 'POST', body: { recordId: item.value, reason: reason.value.trim() } });
      done.append(note(t('me.obj.filed', { id: filed.id, item: filed.itemId }), 'ok'));
      announce(t('me.obj.filed', { id: filed.id, item: filed.itemId }));
      const option = [...item.options].find((o) => o.value === filed.itemId);
      if (option) { option.disabled = true; option.textContent += ` (${t('me.disputed')})`; }
      for (const row of document.querySelectorAll(`[data-item="${CSS.escape(filed.itemId)}"]`)) {
        clear(row.cells[row.cells.length - 2]).append(state({ disputed: true }));
        clear(row.cells[row.cells.length - 1]);
      }
      item.value = '';
      reason.value = '';
      await onFiled();
    } catch (e) {
      errors.show(e, { 'objection-already-open': 'recordId', forbidden: 'recordId', 'not-found': 'recordId' });
    } finally {
      submit.disabled = false;
    }
  });
  return {
    panel,
    choose(id) { item.value = id; reason.focus(); },
  };
}

function queriesPanel(data) {
  const rows = data.queries || [];
  return h('section', { class: 'panel', id: 'me-queries', 'aria-labelledby': 'me-queries-title' },
    h('h2', { id: 'me-queries-title' }, t('me.queries')),
    h('p', { class: 'muted' }, t('me.queries-intro', { shown: fmtNumber(Math.min(rows.length, QUERIES_SHOWN)), total: fmtNumber(data.queriesTotal ?? rows.length) })),
    rows.length ? h('table', { id: 'me-queries-table' },
      h('thead', null, h('tr', null, ['at', 'actor', 'role', 'purpose', 'action'].map((c) => h('th', { scope: 'col' }, t(`me.col.${c}`))))),
      h('tbody', null, rows.slice(0, QUERIES_SHOWN).map((q) => h('tr', null,
        h('td', null, instantElement(q.at)), h('td', null, q.actor), h('td', null, enumLabel('Role', q.role)),
        h('td', null, q.purpose ? enumLabel('Purpose', q.purpose) : t('me.no-purpose')),
        h('td', null, actionLabel(q.action)))))) : note(t('me.no-queries')));
}

/** "GET /api/v1/entities/{id}" as what it did ("read your data"); an unknown route as it is, marked as a route (translate="no"). */
export function actionLabel(action) {
  const route = String(action || '').replace(/^(GET|POST|PUT|DELETE|PATCH) \/api\/v1/, '$1 ');
  const known = [
    [/^GET \/entities\/\{id\}$/, 'entity'], [/^GET \/entities\/\{id\}\/network/, 'network'],
    [/^GET \/entities\/\{id\}\/restrictions/, 'restrictions'], [/^POST \/counterparty-checks/, 'check'],
    [/^GET \/credit\/scores/, 'score'], [/^GET \/search/, 'search'], [/^GET \/paths/, 'paths'],
    [/^GET \/lists\//, 'lists'], [/^GET \/me\//, 'self'], [/^GET \/audit/, 'audit'], [/^GET \/fraud\//, 'fraud'],
  ].find(([re]) => re.test(route));
  return known ? t(`me.action.${known[1]}`) : h('span', { translate: 'no' }, String(action || ''));
}

async function showObjections(section, page) {
  const size = 20;
  let answer;
  try {
    answer = await api('/objections', { query: { page, size } });
  } catch (e) {
    clear(section).append(h('h2', { id: 'me-objections-title' }, t('me.objections')), problemNote(e));
    return;
  }
  const rows = answer.items || [];
  clear(section).append(h('h2', { id: 'me-objections-title' }, t('me.objections')),
    rows.length ? h('table', { id: 'me-objections-table' },
      h('thead', null, h('tr', null, ['objection', 'item', 'filed', 'reason', 'status', 'resolution'].map((c) => h('th', { scope: 'col' }, t(`me.col.${c}`))))),
      h('tbody', null, rows.map((o) => h('tr', { dataset: { objection: o.id, status: o.status } },
        h('th', { scope: 'row' }, o.id),
        h('td', null, `${o.itemId} · ${enumLabel('ItemType', o.itemType)}`),
        h('td', null, instantElement(o.filedAt)),
        h('td', null, o.reason),
        h('td', null, h('span', { class: `badge status-${o.status}` }, enumLabel('ObjectionStatus', o.status))),
        h('td', null, o.resolvedAt ? t('me.resolved', { date: fmtDate(o.resolvedAt, true), note: o.resolutionNote || '' }) : ''))))) : note(t('me.no-objections')),
    pager(page, size, answer.total ?? rows.length, (p) => showObjections(section, p), 'me-objections'));
}
