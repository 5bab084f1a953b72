// The regulator's workplace: recording a sanction or credit record after a what-if preview,
// withdrawing and ending early (due process), the objection queue, access-request approvals and
// the feedback of implementing organisations on a sanction's measures. Pages only call the API
// with the user's credentials, so the role rules stay the server's.
import { api, session } from '../api.js';
import { h, clear, routeQuery, go, today } from '../util.js';
import { t, enumLabel, fmtDate, fmtNumber, dateElement, instantElement, loadMessages } from '../i18n.js';

await Promise.all([loadMessages('regulator'), loadMessages('enums')]);

const SANCTION_KINDS = ['WARNING', 'FINE', 'LICENSE_SUSPENDED', 'LICENSE_REVOKED', 'BAN_FROM_OFFICE', 'BAN_FROM_INDUSTRY', 'CRIMINAL_REFERRAL', 'OTHER'];
const RECORD_KINDS = ['COMPLAINT', 'LITIGATION', 'VIOLATION', 'TAX_ARREARS', 'AWARD', 'RED_LIST', 'OTHER'];
const FEEDBACK_ACTIONS = ['REFUSED_APPOINTMENT', 'REFUSED_CONTRACT', 'RAISED_PREMIUM', 'RESTRICTED_BUSINESS', 'REVIEWED', 'OTHER'];

/** Whether the signed-in user records and decides (the API still judges every call). */
export function mayDecide() {
  return ['ADMIN', 'REGULATOR'].includes(session()?.role);
}

/** Announces a result in the page's aria-live region. */
function announce(text) {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function msg(text, kind = '') { return h('p', { class: `note ${kind}`.trim() }, text); }

/** A note for an API error: a role that may not, an unknown id, or the problem's own words. */
function problemNote(e, what) {
  if (e?.status === 403) return msg(t('regulator.forbidden', { what }), 'warn');
  if (e?.status === 404) return msg(t('regulator.not-found', { what, detail: e.problem?.detail || '' }), 'warn');
  return msg(t('regulator.failed', { what, detail: e?.problem?.detail || e?.problem?.title || e?.message || String(e) }), 'error');
}

/**
 * A labelled input with a place for its own error (aria-describedby), so the API's field errors
 * are shown and announced next to the field they name.
 */
function fieldOf(prefix, name, label, input, help) {
  input.id = `${prefix}-${name}`;
  input.name = name;
  const err = h('span', { class: 'field-error', id: `${prefix}-${name}-error`, 'data-field': name });
  const helpEl = help ? h('span', { class: 'muted help', id: `${prefix}-${name}-help` }, help) : null;
  input.setAttribute('aria-describedby', [helpEl && helpEl.id, err.id].filter(Boolean).join(' '));
  const wrap = h('label', { for: input.id, class: input.type === 'checkbox' ? 'check' : null },
    input.type === 'checkbox' ? [input, label] : [label, input], helpEl, err);
  return wrap;
}

/** Puts each of a problem's field errors next to its field; answers whether any was placed. */
function showFieldErrors(form, problem) {
  for (const e of form.querySelectorAll('.field-error')) e.textContent = '';
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  let placed = false;
  let first = null;
  for (const f of problem?.errors || []) {
    const err = form.querySelector(`.field-error[data-field="${CSS.escape(f.field)}"]`);
    if (!err) continue;
    err.textContent = err.textContent ? `${err.textContent}; ${f.message}` : f.message;
    const inputs = form.querySelectorAll(`[name="${CSS.escape(f.field)}"]`);
    for (const input of inputs) input.setAttribute('aria-invalid', 'true');
    if (inputs.length) first = first || inputs[0];
    placed = true;
  }
  if (first) first.focus();
  return placed;
}

/** Puts one message next to a field (a 404 or 409 that names it). */
function showFieldError(form, field, message) {
  showFieldErrors(form, { errors: [{ field, message }] });
}

/**
 * The choice of a decision (uphold or reject, approve or reject) as a radio group with its own
 * error place: the form then has one submit button, so Enter in its text field and the button
 * do the same thing, and nothing is decided before a choice is made.
 */
function decisionField(p, legend, choices) {
  const err = h('span', { class: 'field-error', id: `${p}-decision-error`, 'data-field': 'decision' });
  return h('fieldset', { class: 'decision', id: `${p}-decision` }, h('legend', null, legend),
    choices.map(([value, label]) => h('label', { class: 'check', for: `${p}-${value}` },
      h('input', { type: 'radio', name: 'decision', value, id: `${p}-${value}`, 'aria-describedby': err.id }), label)),
    err);
}

// ---- recording a sanction or a credit record

export async function recordView(el) {
  const q = routeQuery();
  const what = q.get('what') === 'record' ? 'record' : 'sanction';
  const mine = mayDecide();
  const tab = (k) => h('button', { type: 'button', role: 'tab', id: `record-tab-${k}`, 'aria-selected': String(k === what), 'aria-controls': 'record-panel',
    tabindex: k === what ? '0' : '-1', onclick: () => go('/record', { what: k, subjectId: q.get('subjectId') }) }, t(`regulator.tab-${k}`));
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('regulator.record-what') }, tab('sanction'), tab('record'));
  tabs.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') { ev.preventDefault(); go('/record', { what: what === 'sanction' ? 'record' : 'sanction', subjectId: q.get('subjectId') }); }
  });
  const panel = h('section', { class: 'panel', id: 'record-panel', role: 'tabpanel', 'aria-labelledby': `record-tab-${what}` });
  el.append(h('h1', null, t('regulator.record-title')), h('p', { class: 'muted' }, t('regulator.record-intro')), tabs, panel);
  if (!mine) panel.append(msg(t('regulator.only-authorities'), 'warn'));
  if (what === 'sanction') sanctionForm(panel, q); else recordForm(panel, q);
}

function sanctionForm(panel, q) {
  const p = 'sanction';
  const subject = h('input', { type: 'text', required: true, value: q.get('subjectId') || '', autocomplete: 'off' });
  const authority = h('input', { type: 'text', required: true, maxlength: 300 });
  const kind = h('select', null, SANCTION_KINDS.map((k) => h('option', { value: k }, enumLabel('SanctionKind', k))));
  const severity = h('select', null, [1, 2, 3, 4, 5].map((s) => h('option', { value: s, selected: s === 3 }, fmtNumber(s))));
  const blacklist = h('input', { type: 'checkbox' });
  const decided = h('input', { type: 'date', required: true, value: today() });
  const from = h('input', { type: 'date', required: true, value: today() });
  const to = h('input', { type: 'date' });
  const reason = h('textarea', { rows: 3, maxlength: 2000 });
  const id = h('input', { type: 'text', autocomplete: 'off', maxlength: 100 });
  const preview = h('button', { type: 'submit', id: 'sanction-preview' }, t('regulator.preview'));
  const form = h('form', { id: 'sanction-form', class: 'stack', novalidate: true, 'aria-label': t('regulator.tab-sanction') },
    fieldOf(p, 'subjectId', t('regulator.subject'), subject, t('regulator.subject-help')),
    fieldOf(p, 'authority', t('regulator.authority'), authority),
    fieldOf(p, 'kind', t('regulator.sanction-kind'), kind),
    fieldOf(p, 'severity', t('regulator.severity'), severity, t('regulator.severity-help')),
    fieldOf(p, 'blacklist', t('regulator.blacklist'), blacklist, t('regulator.blacklist-help')),
    fieldOf(p, 'decidedOn', t('regulator.decided-on'), decided),
    fieldOf(p, 'effectiveFrom', t('regulator.effective-from'), from),
    fieldOf(p, 'effectiveTo', t('regulator.effective-to'), to, t('regulator.effective-to-help')),
    fieldOf(p, 'reason', t('regulator.reason'), reason),
    fieldOf(p, 'id', t('regulator.own-id'), id, t('regulator.own-id-help')),
    h('div', { class: 'controls' }, preview));
  const out = h('div', { id: 'sanction-outcome', 'aria-live': 'polite' });
  panel.append(form, out);
  const body = () => ({
    id: id.value.trim() || null, subjectId: subject.value.trim(), authority: authority.value.trim(), kind: kind.value,
    severity: Number(severity.value), blacklist: blacklist.checked, decidedOn: decided.value || null,
    effectiveFrom: from.value || null, effectiveTo: to.value || null, reason: reason.value.trim() || null,
  });
  // a preview belongs to the values it was run on: any change asks for a new one
  form.addEventListener('input', () => clear(out));
  form.addEventListener('change', () => clear(out));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const proposal = body();
    preview.disabled = true;
    clear(out).append(msg(t('regulator.previewing')));
    try {
      const res = await api('/sanctions/impact', { method: 'POST', body: proposal });
      showFieldErrors(form, null);
      drawPreview(out, res, proposal, form);
    } catch (e) {
      clear(out);
      if (!placeErrors(form, e)) out.append(problemNote(e, t('regulator.preview')));
    } finally {
      preview.disabled = false;
    }
  });
}

/** Field errors of a 400 next to their fields; a 404 or 409 naming the subject or id there too. */
function placeErrors(form, e) {
  if (e?.status === 400 && showFieldErrors(form, e.problem)) return true;
  const type = e?.problem?.type || '';
  if (type.endsWith('/subject-not-found') || type.endsWith('/party-not-found')) { showFieldError(form, 'subjectId', e.problem.detail); return true; }
  if (type.endsWith('/id-already-used')) { showFieldError(form, 'id', e.problem.detail); return true; }
  return false;
}

function drawPreview(out, res, proposal, form) {
  const affected = res.affected || [];
  const save = h('button', { type: 'button', id: 'sanction-save' }, t('regulator.save-sanction'));
  const summary = h('p', { id: 'sanction-preview-summary' }, t(affected.length === 1 ? 'regulator.preview-one' : 'regulator.preview-many', {
    count: fmtNumber(affected.length), date: fmtDate(res.asOf),
  }), res.inForce === false ? [' ', t('regulator.preview-not-in-force')] : null);
  const rows = affected.map((a) => h('tr', null,
    h('td', null, h('a', { href: `#/party/${encodeURIComponent(a.entityId)}` }, a.name || a.entityId)),
    h('td', null, enumLabel('Measure', a.measure), a.disputed ? [' ', h('span', { class: 'badge warn' }, t('regulator.disputed'))] : null),
    h('td', null, enumLabel('Rule', a.rule)),
    h('td', null, fmtNumber(a.hops)),
    h('td', { class: 'mono' }, (a.path || []).join(' → '))));
  const tableEl = affected.length ? h('table', { id: 'sanction-preview-table' },
    h('caption', { class: 'sr-only' }, t('regulator.preview-caption')),
    h('thead', null, h('tr', null, ['party', 'measure', 'rule', 'hops', 'path'].map((c) => h('th', { scope: 'col' }, t(`regulator.col-${c}`))))),
    h('tbody', null, rows)) : msg(t('regulator.preview-nobody'));
  clear(out).append(h('h2', { id: 'sanction-preview-title', tabindex: '-1' }, t('regulator.preview-title')), summary, tableEl,
    h('p', { class: 'muted' }, t('regulator.save-help')), h('div', { class: 'controls' }, save));
  out.querySelector('h2').focus();
  announce(summary.textContent);
  save.addEventListener('click', async () => {
    save.disabled = true;
    try {
      const saved = await api('/sanctions', { method: 'POST', body: proposal });
      const link = h('a', { href: `#/sanction/${encodeURIComponent(saved.id)}`, id: 'sanction-saved-link' }, saved.id);
      clear(out).append(h('p', { class: 'note ok', id: 'sanction-saved' }, t('regulator.saved-sanction', { id: saved.id }), ' ', link));
      announce(t('regulator.saved-sanction', { id: saved.id }));
      link.focus();
    } catch (e) {
      save.disabled = false;
      if (!placeErrors(form, e)) out.append(problemNote(e, t('regulator.save-sanction')));
    }
  });
}

function recordForm(panel, q) {
  const p = 'record';
  const subject = h('input', { type: 'text', required: true, value: q.get('subjectId') || '', autocomplete: 'off' });
  const kind = h('select', null, RECORD_KINDS.map((k) => h('option', { value: k }, enumLabel('RecordKind', k))));
  const date = h('input', { type: 'date', required: true, value: today() });
  const severity = h('select', null, [1, 2, 3, 4, 5].map((s) => h('option', { value: s, selected: s === 3 }, fmtNumber(s))));
  const detail = h('textarea', { rows: 3, maxlength: 2000 });
  const id = h('input', { type: 'text', autocomplete: 'off', maxlength: 100 });
  const check = h('button', { type: 'submit', id: 'record-preview' }, t('regulator.preview-record'));
  const form = h('form', { id: 'record-form', class: 'stack', novalidate: true, 'aria-label': t('regulator.tab-record') },
    fieldOf(p, 'subjectId', t('regulator.subject'), subject, t('regulator.subject-help')),
    fieldOf(p, 'kind', t('regulator.record-kind'), kind, t('regulator.record-kind-help')),
    fieldOf(p, 'date', t('regulator.record-date'), date),
    fieldOf(p, 'severity', t('regulator.severity'), severity, t('regulator.severity-help')),
    fieldOf(p, 'detail', t('regulator.detail'), detail),
    fieldOf(p, 'id', t('regulator.own-id'), id, t('regulator.own-id-help')),
    h('div', { class: 'controls' }, check));
  const out = h('div', { id: 'record-outcome', 'aria-live': 'polite' });
  panel.append(form, out);
  form.addEventListener('input', () => clear(out));
  form.addEventListener('change', () => clear(out));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { id: id.value.trim() || null, subjectId: subject.value.trim(), kind: kind.value, date: date.value || null,
      severity: Number(severity.value), detail: detail.value.trim() || null };
    showFieldErrors(form, null);
    if (!body.subjectId) { showFieldError(form, 'subjectId', t('regulator.required')); return; }
    // a record reaches nobody else: the preview is who it is about and what it changes
    let party;
    try {
      party = await api(`/entities/${encodeURIComponent(body.subjectId)}`);
    } catch (e) {
      if (e.status === 404) showFieldError(form, 'subjectId', t('regulator.unknown-party', { id: body.subjectId }));
      else out.append(problemNote(e, t('regulator.subject')));
      return;
    }
    const effect = ['RED_LIST', 'AWARD'].includes(body.kind) ? 'regulator.record-effect-red' : 'regulator.record-effect-score';
    const save = h('button', { type: 'button', id: 'record-save' }, t('regulator.save-record'));
    clear(out).append(h('h2', { tabindex: '-1' }, t('regulator.preview-title')),
      h('p', { id: 'record-preview-summary' }, t('regulator.record-preview', { kind: enumLabel('RecordKind', body.kind), name: party.label || party.id, id: party.id })),
      h('p', { class: 'muted' }, t(effect)), h('div', { class: 'controls' }, save));
    out.querySelector('h2').focus();
    save.addEventListener('click', async () => {
      save.disabled = true;
      try {
        const saved = await api('/records', { method: 'POST', body });
        const link = h('a', { href: `#/item/${encodeURIComponent(saved.id)}?type=RECORD`, id: 'record-saved-link' }, saved.id);
        clear(out).append(h('p', { class: 'note ok', id: 'record-saved' }, t('regulator.saved-record', { id: saved.id }), ' ', link));
        announce(t('regulator.saved-record', { id: saved.id }));
        link.focus();
      } catch (e) {
        save.disabled = false;
        if (!placeErrors(form, e)) out.append(problemNote(e, t('regulator.save-record')));
      }
    });
  });
}

// ---- withdrawal and early end (due process), shared by the sanction view, the party page and #/item

/** One sanction or record, with its due-process actions: #/item/{id}. */
export async function itemView(el, [id]) {
  el.append(h('h1', null, t('regulator.item-title', { id: id || '' })));
  const box = h('section', { class: 'panel', id: 'item-panel' });
  el.append(box);
  if (!id) return;
  const item = await loadItem(id, routeQuery().get('type')).catch((e) => { box.append(problemNote(e, id)); return null; });
  if (!item) return;
  const draw = (current) => {
    clear(box).append(itemSummary(current));
    box.append(current.type === 'SANCTION' ? sanctionActions(current.view, (v) => draw({ type: 'SANCTION', view: v }))
      : recordActions(current.view, (v) => draw({ type: 'RECORD', view: v })));
  };
  draw(item);
}

/** The sanction or credit record of this id; of an unknown type, a sanction and failing that a record. */
async function loadItem(id, type) {
  if (type !== 'RECORD') {
    try {
      return { type: 'SANCTION', view: await api(`/sanctions/${encodeURIComponent(id)}`) };
    } catch (e) {
      if (e.status !== 404 || type === 'SANCTION') throw e;
    }
  }
  return { type: 'RECORD', view: await api(`/records/${encodeURIComponent(id)}`) };
}

function itemSummary({ type, view: v }) {
  const badges = [
    v.blacklist ? h('span', { class: 'badge black' }, t('regulator.blacklisted')) : null,
    v.withdrawn ? h('span', { class: 'badge', 'data-state': 'withdrawn' }, t('regulator.withdrawn')) : null,
    v.disputed ? h('span', { class: 'badge warn' }, t('regulator.disputed')) : null,
  ];
  const rows = type === 'SANCTION' ? [
    ['item-kind', enumLabel('SanctionKind', v.kind)], ['subject', v.subjectName ? `${v.subjectName} (${v.subjectId})` : v.subjectId],
    ['authority', v.authority], ['severity', fmtNumber(v.severity)], ['decided-on', dateElement(v.decidedOn)],
    ['effective-from', dateElement(v.effectiveFrom)], ['effective-to', v.effectiveTo ? dateElement(v.effectiveTo) : t('regulator.open-end')],
    ['reason', v.reason || '—'],
  ] : [
    ['item-kind', enumLabel('RecordKind', v.kind)], ['subject', v.subjectId], ['record-date', dateElement(v.date)],
    ['severity', fmtNumber(v.severity)], ['detail', v.detail || '—'],
  ];
  const history = (v.history || (v.withdrawal ? [v.withdrawal] : [])).map((c) => h('li', null, t(c.kind === 'EARLY_END' ? 'regulator.history-early-end' : 'regulator.history-withdrawal', {
    at: fmtDate(c.at, true), by: c.by, reason: c.reason || '', to: c.effectiveTo ? fmtDate(c.effectiveTo) : '',
  })));
  return h('div', { class: 'item-summary', 'data-item': v.id },
    h('h2', null, t(type === 'SANCTION' ? 'regulator.item-sanction' : 'regulator.item-record', { id: v.id }), ' ', badges),
    h('dl', { class: 'props' }, rows.map(([k, val]) => [h('dt', null, t(`regulator.${k}`)), h('dd', null, val)])),
    history.length ? [h('h3', null, t('regulator.history')), h('ul', { class: 'history' }, history)] : null,
    h('p', null, h('a', { href: `#/party/${encodeURIComponent(v.subjectId)}` }, t('regulator.open-party'))));
}

/**
 * Withdraw and end-early forms for a recorded sanction, each asking for a reason and a
 * confirmation before anything is sent. onDone gets the sanction as the API answers it after.
 */
export function sanctionActions(s, onDone) {
  const box = h('div', { class: 'due-process', id: `actions-${s.id}` });
  if (!mayDecide()) return box;
  if (s.withdrawn) { box.append(msg(t('regulator.final-withdrawn'))); return box; }
  box.append(h('h3', null, t('regulator.actions-title')),
    actionForm({ item: s, action: 'withdraw', path: `/sanctions/${encodeURIComponent(s.id)}/withdrawal`, onDone,
      confirmText: t('regulator.confirm-withdraw-sanction', { id: s.id }) }),
    actionForm({ item: s, action: 'end-early', path: `/sanctions/${encodeURIComponent(s.id)}/early-end`, onDone, withDate: true,
      confirmText: null }));
  return box;
}

/** The withdraw form of a credit record (records are not ended early: they are facts of a day). */
export function recordActions(r, onDone) {
  const box = h('div', { class: 'due-process', id: `actions-${r.id}` });
  if (!mayDecide()) return box;
  if (r.withdrawn) { box.append(msg(t('regulator.final-withdrawn'))); return box; }
  box.append(h('h3', null, t('regulator.actions-title')),
    actionForm({ item: r, action: 'withdraw', path: `/records/${encodeURIComponent(r.id)}/withdrawal`, onDone,
      confirmText: t('regulator.confirm-withdraw-record', { id: r.id }) }));
  return box;
}

function actionForm({ item, action, path, onDone, withDate, confirmText }) {
  const p = `${action}-${item.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const reason = h('textarea', { rows: 2, maxlength: 2000, required: true });
  const date = withDate ? h('input', { type: 'date', required: true }) : null;
  const go1 = h('button', { type: 'submit', class: action === 'withdraw' ? 'danger' : 'secondary', id: `${p}-start` }, t(`regulator.${action}`));
  const confirmBox = h('div', { class: 'confirm', id: `${p}-confirm`, hidden: true, role: 'group', 'aria-labelledby': `${p}-question` });
  const form = h('form', { class: 'stack action', id: `${p}-form`, novalidate: true, 'aria-labelledby': `${p}-legend` },
    h('h4', { id: `${p}-legend` }, t(`regulator.${action}-legend`)),
    date ? fieldOf(p, 'effectiveTo', t('regulator.new-end'), date, t('regulator.new-end-help')) : null,
    fieldOf(p, 'reason', t('regulator.action-reason'), reason, t(`regulator.${action}-help`)),
    h('div', { class: 'controls' }, go1), confirmBox);
  const out = h('div', { 'aria-live': 'polite', id: `${p}-outcome` });
  form.append(out);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    showFieldErrors(form, null);
    clear(out);
    const errors = [];
    if (!reason.value.trim()) errors.push({ field: 'reason', message: t('regulator.required') });
    if (date && !date.value) errors.push({ field: 'effectiveTo', message: t('regulator.required') });
    if (errors.length) { showFieldErrors(form, { errors }); return; }
    const question = confirmText || t('regulator.confirm-end-early', { id: item.id, date: fmtDate(date.value) });
    const yes = h('button', { type: 'button', class: action === 'withdraw' ? 'danger' : null, id: `${p}-yes` }, t('regulator.confirm-yes'));
    const no = h('button', { type: 'button', class: 'secondary', id: `${p}-no` }, t('regulator.confirm-no'));
    clear(confirmBox).append(h('p', { id: `${p}-question` }, question), h('div', { class: 'controls' }, yes, no));
    confirmBox.hidden = false;
    go1.disabled = true;
    yes.focus();
    no.addEventListener('click', () => { confirmBox.hidden = true; go1.disabled = false; go1.focus(); announce(t('regulator.cancelled')); });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      try {
        const body = date ? { effectiveTo: date.value, reason: reason.value.trim() } : { reason: reason.value.trim() };
        const after = await api(path, { method: 'POST', body });
        announce(t(`regulator.${action}-done`, { id: item.id }));
        onDone(after);
      } catch (e) {
        confirmBox.hidden = true;
        go1.disabled = false;
        if (e.status === 400 && showFieldErrors(form, e.problem)) return;
        if (e.status === 409 && date && (e.problem?.type || '').endsWith('/invalid-early-end')) { showFieldError(form, 'effectiveTo', e.problem.detail); return; }
        out.append(problemNote(e, t(`regulator.${action}`)));
        go1.focus();
      }
    });
  });
  return form;
}

/**
 * The party page's due-process panel: each sanction and record about the party, with a link to
 * its actions (#/item). Only for those who may decide.
 */
export function dueProcessPanel(partyId) {
  const panel = h('section', { class: 'panel', id: 'party-due-process', 'aria-labelledby': 'h-due-process' },
    h('h2', { id: 'h-due-process' }, t('regulator.party-panel-title')));
  if (!mayDecide()) { panel.hidden = true; return panel; }
  const body = h('div', null, msg(t('regulator.loading')));
  panel.append(body, h('p', null,
    h('a', { href: `#/record?what=sanction&subjectId=${encodeURIComponent(partyId)}`, id: 'party-new-sanction' }, t('regulator.new-sanction-here')), ' · ',
    h('a', { href: `#/record?what=record&subjectId=${encodeURIComponent(partyId)}`, id: 'party-new-record' }, t('regulator.new-record-here'))));
  (async () => {
    const net = await api(`/entities/${encodeURIComponent(partyId)}/network`, { query: { depth: 1 } });
    const ids = net.nodes.filter((n) => n.type === 'Sanction' || n.type === 'CreditRecord').map((n) => ({ id: n.id, type: n.type }));
    if (!ids.length) { clear(body).append(msg(t('regulator.party-nothing'))); return; }
    const items = await Promise.all(ids.map(async (i) => {
      try {
        return { type: i.type === 'Sanction' ? 'SANCTION' : 'RECORD', view: await api(`/${i.type === 'Sanction' ? 'sanctions' : 'records'}/${encodeURIComponent(i.id)}`) };
      } catch { return null; }
    }));
    const rows = items.filter(Boolean).map(({ type, view: v }) => h('tr', { 'data-item': v.id },
      h('td', { class: 'mono' }, v.id),
      h('td', null, enumLabel(type === 'SANCTION' ? 'SanctionKind' : 'RecordKind', v.kind)),
      h('td', null, v.withdrawn ? t('regulator.withdrawn') : v.disputed ? t('regulator.disputed') : t('regulator.standing')),
      h('td', null, v.withdrawn ? '—' : h('a', { href: `#/item/${encodeURIComponent(v.id)}?type=${type}`, id: `act-${v.id}` },
        t(type === 'SANCTION' ? 'regulator.act-sanction' : 'regulator.act-record', { id: v.id })))));
    clear(body).append(h('table', { id: 'due-process-table' }, h('caption', { class: 'sr-only' }, t('regulator.party-panel-title')),
      h('thead', null, h('tr', null, ['item', 'item-kind', 'state', 'actions'].map((c) => h('th', { scope: 'col' }, t(`regulator.col-${c}`))))),
      h('tbody', null, rows)));
  })().catch((e) => clear(body).append(problemNote(e, t('regulator.party-panel-title'))));
  return panel;
}

// ---- the objection queue

export async function objectionsView(el) {
  const q = routeQuery();
  const status = ['OPEN', 'UPHELD', 'REJECTED', 'ALL'].includes(q.get('status')) ? q.get('status') : 'OPEN';
  const select = h('select', { id: 'objections-status' }, ['OPEN', 'UPHELD', 'REJECTED', 'ALL'].map((s) => h('option', { value: s, selected: s === status },
    s === 'ALL' ? t('regulator.all') : enumLabel('ObjectionStatus', s))));
  const form = h('form', { class: 'inline', 'aria-label': t('regulator.filter') }, h('label', { for: 'objections-status' }, t('regulator.status'), select),
    h('button', { type: 'submit', class: 'secondary', id: 'objections-show' }, t('regulator.show')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/objections', { status: select.value }); });
  const out = h('div', { id: 'objections-list', 'aria-live': 'polite' }, msg(t('regulator.loading')));
  el.append(h('h1', null, t('regulator.objections-title')), h('p', { class: 'muted' }, t('regulator.objections-intro')),
    h('div', { class: 'panel' }, form), out);
  let page;
  try {
    page = await api('/objections', { query: { status: status === 'ALL' ? '' : status, size: 100 } });
  } catch (e) {
    clear(out).append(problemNote(e, t('regulator.objections-title')));
    return;
  }
  const items = page.items || [];
  clear(out).append(h('p', { id: 'objections-count' }, t('regulator.objections-count', { count: fmtNumber(page.total ?? items.length) })));
  if (!items.length) { out.append(msg(t('regulator.objections-none'))); return; }
  for (const o of items) out.append(objectionCard(o));
}

function objectionCard(o) {
  const card = h('article', { class: 'panel objection', id: `objection-${o.id}`, 'data-status': o.status, 'aria-labelledby': `objection-${o.id}-title` });
  const evidence = h('div', { class: 'evidence' }, msg(t('regulator.loading')));
  card.append(h('h2', { id: `objection-${o.id}-title` }, t('regulator.objection-heading', { id: o.id, type: enumLabel('ItemType', o.itemType), item: o.itemId }),
    ' ', h('span', { class: `badge ${o.status === 'OPEN' ? 'warn' : ''}` }, enumLabel('ObjectionStatus', o.status))),
  h('dl', { class: 'props' },
    h('dt', null, t('regulator.subject')), h('dd', null, h('a', { href: `#/party/${encodeURIComponent(o.subjectId)}` }, o.subjectId)),
    h('dt', null, t('regulator.filed')), h('dd', null, t('regulator.filed-by', { by: o.filedBy, at: fmtDate(o.filedAt, true) })),
    h('dt', null, t('regulator.objection-reason')), h('dd', { class: 'objection-reason' }, o.reason),
    o.resolvedBy ? [h('dt', null, t('regulator.resolved')), h('dd', null, t('regulator.resolved-by', { by: o.resolvedBy, at: fmtDate(o.resolvedAt, true), note: o.resolutionNote || '' }))] : null),
  h('h3', null, t('regulator.disputed-item')), evidence);
  loadItem(o.itemId, o.itemType).then((item) => { clear(evidence).append(itemSummary(item)); })
    .catch((e) => clear(evidence).append(problemNote(e, o.itemId)));
  if (o.status === 'OPEN' && mayDecide()) card.append(resolutionForm(o, card));
  return card;
}

function resolutionForm(o, card) {
  const p = `resolve-${o.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const note = h('textarea', { rows: 2, maxlength: 2000, required: true });
  const submit = h('button', { type: 'submit', id: `${p}-submit` }, t('regulator.submit-decision'));
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', id: `${p}-form`, novalidate: true, 'aria-label': t('regulator.decide') },
    h('h3', null, t('regulator.decide')),
    decisionField(p, t('regulator.objection-decision'), [['uphold', t('regulator.uphold')], ['reject', t('regulator.reject')]]),
    fieldOf(p, 'note', t('regulator.note'), note, t('regulator.note-help')),
    h('div', { class: 'controls' }, submit), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    showFieldErrors(form, null);
    clear(out);
    const choice = form.elements.decision.value;
    const errors = [];
    if (!choice) errors.push({ field: 'decision', message: t('regulator.choose-decision') });
    if (!note.value.trim()) errors.push({ field: 'note', message: t('regulator.required') });
    if (errors.length) { showFieldErrors(form, { errors }); return; }
    const outcome = choice === 'uphold' ? 'UPHELD' : 'REJECTED';
    submit.disabled = true;
    try {
      const done = await api(`/objections/${encodeURIComponent(o.id)}/resolution`, { method: 'POST', body: { outcome, note: note.value.trim() } });
      const text = t(outcome === 'UPHELD' ? 'regulator.upheld-done' : 'regulator.rejected-done', { id: o.id, item: o.itemId });
      const fresh = objectionCard(done);
      card.replaceWith(fresh);
      fresh.prepend(h('p', { class: 'note ok', id: `${p}-done` }, text));
      fresh.querySelector('h2').setAttribute('tabindex', '-1');
      fresh.querySelector('h2').focus();
      announce(text);
    } catch (e) {
      submit.disabled = false;
      if (e.status === 400 && showFieldErrors(form, e.problem)) return;
      out.append(problemNote(e, t('regulator.decide')));
    }
  });
  return form;
}

// ---- access-request approvals

export async function accessRequestsView(el) {
  const q = routeQuery();
  const statuses = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'ALL'];
  const status = statuses.includes(q.get('status')) ? q.get('status') : 'PENDING';
  const select = h('select', { id: 'access-status' }, statuses.map((s) => h('option', { value: s, selected: s === status },
    s === 'ALL' ? t('regulator.all') : enumLabel('AccessRequestStatus', s))));
  const form = h('form', { class: 'inline', 'aria-label': t('regulator.filter') }, h('label', { for: 'access-status' }, t('regulator.status'), select),
    h('button', { type: 'submit', class: 'secondary', id: 'access-show' }, t('regulator.show')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/access-requests', { status: select.value }); });
  const out = h('div', { id: 'access-list', 'aria-live': 'polite' }, msg(t('regulator.loading')));
  el.append(h('h1', null, t('regulator.access-title')), h('p', { class: 'muted' }, t('regulator.access-intro')), h('div', { class: 'panel' }, form), out);
  let page;
  try {
    page = await api('/access-requests', { query: { status, size: 100 } });
  } catch (e) {
    clear(out).append(problemNote(e, t('regulator.access-title')));
    return;
  }
  const items = page.items || [];
  clear(out).append(h('p', { id: 'access-count' }, t('regulator.access-count', { count: fmtNumber(page.total ?? items.length) })));
  if (!items.length) { out.append(msg(t('regulator.access-none'))); return; }
  const rows = items.map((r) => accessRow(r));
  out.append(h('table', { id: 'access-table' }, h('caption', { class: 'sr-only' }, t('regulator.access-title')),
    h('thead', null, h('tr', null, ['request', 'insurer', 'party', 'scope', 'purpose', 'requested', 'state', 'decision'].map((c) => h('th', { scope: 'col' }, t(`regulator.col-${c}`))))),
    h('tbody', null, rows)));
}

function accessRow(r) {
  const p = `access-${r.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const decision = h('td');
  const tr = h('tr', { id: p, 'data-status': r.status },
    h('td', { class: 'mono' }, r.id),
    h('td', null, r.orgId ? `${r.orgId} (${r.requestedBy})` : r.requestedBy),
    h('td', null, h('a', { href: `#/party/${encodeURIComponent(r.entityId)}` }, r.entityId)),
    h('td', null, enumLabel('AccessScope', r.scope)),
    h('td', null, r.purpose),
    h('td', null, instantElement(r.requestedAt)),
    h('td', { class: 'state' }, enumLabel('AccessRequestStatus', r.status), r.expiresAt ? [' ', t('regulator.until', { date: fmtDate(r.expiresAt, true) })] : null),
    decision);
  if (r.status !== 'PENDING' || !mayDecide()) {
    decision.append(r.decidedBy ? t('regulator.decided-by', { by: r.decidedBy, reason: r.decisionReason || '—' }) : '—');
    return tr;
  }
  const reason = h('input', { type: 'text', maxlength: 1000 });
  const submit = h('button', { type: 'submit', id: `${p}-submit` }, t('regulator.submit-request-decision'));
  const out = h('span', { 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', novalidate: true, id: `${p}-form`, 'aria-label': t('regulator.decide-request', { id: r.id }) },
    decisionField(p, t('regulator.request-decision'), [['approve', t('regulator.approve')], ['reject', t('regulator.reject')]]),
    fieldOf(p, 'reason', t('regulator.decision-reason'), reason), h('div', { class: 'controls' }, submit), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    showFieldErrors(form, null);
    clear(out);
    const choice = form.elements.decision.value;
    if (!choice) { showFieldError(form, 'decision', t('regulator.choose-decision')); return; }
    const yes = choice === 'approve';
    submit.disabled = true;
    try {
      const done = await api(`/access-requests/${encodeURIComponent(r.id)}/decision`, { method: 'POST', body: { approve: yes, reason: reason.value.trim() || null } });
      const fresh = accessRow(done);
      tr.replaceWith(fresh);
      const text = t(yes ? 'regulator.approved-done' : 'regulator.rejected-request-done', { id: r.id });
      fresh.querySelector('td:last-child').append(h('p', { class: 'note ok', id: `${p}-done`, tabindex: '-1' }, text));
      fresh.querySelector(`#${p}-done`).focus();
      announce(text);
    } catch (e) {
      submit.disabled = false;
      if (e.status === 400 && showFieldErrors(form, e.problem)) return;
      out.append(problemNote(e, t('regulator.decide')));
    }
  });
  decision.append(form);
  return tr;
}

// ---- measure feedback by sanction

export async function feedbackView(el, [id]) {
  const q = routeQuery();
  const asOf = q.get('asOf') || today();
  const sanction = h('input', { type: 'text', id: 'feedback-sanction', required: true, value: id || '', autocomplete: 'off' });
  const asOfInput = h('input', { type: 'date', id: 'feedback-asof', value: asOf });
  const form = h('form', { class: 'inline', id: 'feedback-form', 'aria-label': t('regulator.feedback-title') },
    h('label', { for: 'feedback-sanction' }, t('regulator.sanction-id'), sanction),
    h('label', { for: 'feedback-asof' }, t('regulator.as-of'), asOfInput),
    h('button', { type: 'submit', id: 'feedback-show' }, t('regulator.show')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (sanction.value.trim()) go(`/feedback/${encodeURIComponent(sanction.value.trim())}`, { asOf: asOfInput.value });
  });
  const out = h('div', { id: 'feedback-result', 'aria-live': 'polite' });
  el.append(h('h1', null, t('regulator.feedback-title')), h('p', { class: 'muted' }, t('regulator.feedback-intro')), h('div', { class: 'panel' }, form), out);
  if (!id) { sanction.focus(); return; }
  out.append(msg(t('regulator.loading')));
  let fb;
  try {
    fb = await api(`/sanctions/${encodeURIComponent(id)}/feedback`, { query: { asOf } });
  } catch (e) {
    clear(out).append(problemNote(e, t('regulator.feedback-title')));
    return;
  }
  const measures = fb.measures || [];
  const rows = measures.map((m, i) => h('tr', { 'data-entity': m.entityId, 'data-measure': m.measure },
    h('td', null, h('a', { href: `#/party/${encodeURIComponent(m.entityId)}` }, m.name || m.entityId)),
    h('td', null, enumLabel('Measure', m.measure)),
    h('td', null, m.rule ? enumLabel('Rule', m.rule) : t('regulator.sanctioned-party')),
    h('td', null, m.inForce ? t('regulator.yes') : t('regulator.no')),
    h('td', { class: 'applied' }, m.applied ? t('regulator.applied-by', { orgs: (m.implementedBy || []).join(', ') }) : t('regulator.not-applied')),
    h('td', null, h('ul', { class: 'plain' }, (m.feedback || []).map((f) => h('li', null, t('regulator.feedback-entry', {
      action: enumLabel('FeedbackAction', f.action), date: fmtDate(f.date), org: f.implementedBy || '', by: f.recordedBy, note: f.note || '',
    })))), mayDecide() ? feedbackForm(fb.sanctionId, m, i) : null)));
  clear(out).append(h('h2', null, t('regulator.feedback-of', { id: fb.sanctionId, date: fmtDate(fb.asOf) })),
    h('p', { id: 'feedback-summary' }, t('regulator.feedback-summary', { applied: fmtNumber(fb.applied), total: fmtNumber(measures.length), reports: fmtNumber(fb.feedbackCount) })),
    measures.length ? h('table', { id: 'feedback-table' }, h('caption', { class: 'sr-only' }, t('regulator.feedback-title')),
      h('thead', null, h('tr', null, ['party', 'measure', 'rule', 'in-force', 'applied', 'reports'].map((c) => h('th', { scope: 'col' }, t(`regulator.col-${c}`))))),
      h('tbody', null, rows)) : msg(t('regulator.feedback-none')));
}

/** A regulator records feedback on behalf of the organisation that applied a measure. */
function feedbackForm(sanctionId, m, i) {
  const p = `fb-${i}`;
  const action = h('select', null, FEEDBACK_ACTIONS.map((a) => h('option', { value: a }, enumLabel('FeedbackAction', a))));
  const date = h('input', { type: 'date', value: today(), max: today() });
  const org = h('input', { type: 'text', maxlength: 300 });
  const note = h('input', { type: 'text', maxlength: 2000 });
  const send = h('button', { type: 'submit', id: `${p}-send` }, t('regulator.feedback-send'));
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', id: `${p}-form`, novalidate: true },
    fieldOf(p, 'implementedBy', t('regulator.implemented-by'), org),
    fieldOf(p, 'action', t('regulator.feedback-action'), action),
    fieldOf(p, 'date', t('regulator.feedback-date'), date),
    fieldOf(p, 'note', t('regulator.note'), note), h('div', { class: 'controls' }, send), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    showFieldErrors(form, null);
    clear(out);
    send.disabled = true;
    try {
      await api('/measures/feedback', { method: 'POST', body: { sanctionId, entityId: m.entityId, measure: m.measure, action: action.value,
        date: date.value || null, note: note.value.trim() || null, implementedBy: org.value.trim() || null } });
      announce(t('regulator.feedback-done'));
      const q = routeQuery();
      // redraw from the API's answer
      go(`/feedback/${encodeURIComponent(sanctionId)}`, { asOf: q.get('asOf') || today(), at: Date.now() });
    } catch (e) {
      send.disabled = false;
      if (e.status === 400 && showFieldErrors(form, e.problem)) return;
      if ((e.problem?.type || '').endsWith('/implementer-required')) { showFieldError(form, 'implementedBy', e.problem.detail); return; }
      out.append(problemNote(e, t('regulator.feedback-send')));
    }
  });
  return h('details', null, h('summary', null, t('regulator.feedback-record')), form);
}
