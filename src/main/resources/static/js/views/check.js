// The insurer's counterparty check: ids pasted or read from a CSV file, checked in one call with
// the purpose chosen here (sent as X-Purpose, kept in the audit trail), the results as a table
// whose rows open to their paths, and the same results saved as a CSV file for Excel.
import { api, ApiError } from '../api.js';
import { h, clear, note, partyLink, pathView, saveBlob } from '../util.js';
import { t, enumLabel, fmtDate, fmtNumber, loadMessages } from '../i18n.js';
import { errorSlots, parseIds, idsFromCsv, csvBlob, fmtBytes, yesNo, announce, unavailableNote } from './desk.js';

await loadMessages('check');

/** The API's defaults: credlink.credit.max-check-ids and credlink.security.limits.max-json-body. */
const MAX_IDS = 1000;
const MAX_FILE_BYTES = 1024 * 1024;
/** Purposes offered; sent as the X-Purpose header (ASCII codes), shown with their labels. */
export const PURPOSES = ['underwriting', 'renewal', 'claim-investigation', 'anti-fraud', 'partner-onboarding', 'compliance'];

export function checkView(el) {
  const ids = h('textarea', { id: 'check-ids', rows: 6, cols: 40, spellcheck: 'false', autocomplete: 'off' });
  const file = h('input', { type: 'file', id: 'check-csv', accept: '.csv,text/csv,text/plain' });
  const purpose = h('select', { id: 'check-purpose', required: true },
    h('option', { value: '' }, t('check.purpose-choose')),
    PURPOSES.map((p) => h('option', { value: p }, enumLabel('Purpose', p))));
  const asOf = h('input', { type: 'date', id: 'check-asof' });
  const run = h('button', { type: 'submit', id: 'check-run' }, t('check.run'));
  const fileNote = h('p', { id: 'check-csv-note', class: 'muted', 'aria-live': 'polite' });
  const form = h('form', { id: 'check-form', class: 'panel', novalidate: true, 'aria-labelledby': 'check-title' },
    h('label', { for: 'check-ids' }, t('check.ids'), ids),
    h('label', { for: 'check-csv' }, t('check.csv', { size: fmtBytes(MAX_FILE_BYTES) }), file),
    fileNote,
    h('div', { class: 'controls' },
      h('label', { for: 'check-purpose' }, t('check.purpose'), purpose),
      h('label', { for: 'check-asof' }, t('check.as-of'), asOf),
      run));
  const errors = errorSlots(form, { ids, file, purpose, asOf });
  const results = h('section', { id: 'check-output', 'aria-labelledby': 'check-results-title', hidden: true });
  el.append(h('h1', { id: 'check-title' }, t('check.title')),
    h('p', { class: 'muted' }, t('check.intro', { max: fmtNumber(MAX_IDS) })), form, results);

  // A chosen file fills the id list, so what is checked can be read and changed before the check.
  file.addEventListener('change', async () => {
    errors.clear();
    clear(fileNote);
    const chosen = file.files[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      errors.message('file', t('check.csv-too-big', { file: chosen.name, size: fmtBytes(chosen.size), max: fmtBytes(MAX_FILE_BYTES) }));
      return;
    }
    const found = idsFromCsv(await chosen.text());
    if (!found.length) { errors.message('file', t('check.csv-empty', { file: chosen.name })); return; }
    ids.value = found.join('\n');
    fileNote.append(t('check.csv-read', { count: fmtNumber(found.length), file: chosen.name }));
    if (found.length > MAX_IDS) errors.message('ids', t('check.too-many', { max: fmtNumber(MAX_IDS), count: fmtNumber(found.length) }));
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    const list = parseIds(ids.value);
    if (!list.length) { errors.message('ids', t('check.no-ids')); return; }
    if (list.length > MAX_IDS) { errors.message('ids', t('check.too-many', { max: fmtNumber(MAX_IDS), count: fmtNumber(list.length) })); return; }
    if (!purpose.value) { errors.message('purpose', t('check.purpose-required')); return; }
    run.disabled = true;
    form.setAttribute('aria-busy', 'true');
    announce(t('check.running', { count: fmtNumber(list.length) }));
    try {
      const body = { ids: list, ...(asOf.value ? { asOf: asOf.value } : {}) };
      const answer = await api('/counterparty-checks', { method: 'POST', body, headers: { 'X-Purpose': purpose.value } });
      showResults(results, answer, purpose.value);
    } catch (e) {
      if (e instanceof ApiError && e.unavailable && !e.problem?.errors) {
        clear(results).append(unavailableNote(t('check.unavailable'), e));
        results.hidden = false;
      } else {
        errors.show(e, { 'payload-too-large': 'ids' });
      }
      announce('');
    } finally {
      run.disabled = false;
      form.setAttribute('aria-busy', 'false');
    }
  });
}

function showResults(section, answer, purpose) {
  const rows = answer.results || [];
  const count = (f) => fmtNumber(rows.filter(f).length);
  const summary = t('check.summary', {
    count: fmtNumber(rows.length), date: fmtDate(answer.asOf),
    blacklisted: count((r) => r.blacklisted), restricted: count((r) => (r.restrictions || []).length),
    exposed: count((r) => (r.exposures || []).length), missing: count((r) => !r.found),
  });
  const download = h('button', { type: 'button', id: 'check-download', class: 'secondary' }, t('check.download'));
  download.addEventListener('click', () => {
    const name = `counterparty-check-${answer.asOf}.csv`;
    saveBlob(csvBlob(csvRows(answer)), name);
    announce(t('check.downloaded', { file: name }));
  });
  const tbody = h('tbody');
  rows.forEach((r, i) => tbody.append(...resultRows(r, i)));
  const cols = ['id', 'type', 'grade', 'score', 'blacklisted', 'sanctions', 'restrictions', 'exposures', 'paths'];
  clear(section).append(
    h('h2', { id: 'check-results-title', tabindex: '-1' }, t('check.results')),
    h('p', { id: 'check-summary' }, summary),
    h('div', { class: 'controls' }, download),
    h('div', { class: 'scroll-x' }, h('table', { id: 'check-table' },
      h('caption', { class: 'sr-only' }, summary),
      h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, t(`check.col.${c}`))))),
      tbody)));
  section.hidden = false;
  section.dataset.purpose = purpose;
  announce(summary);
}

function resultRows(r, i) {
  const paths = (r.restrictions || []).length + (r.exposures || []).length;
  const detailId = `check-paths-${i}`;
  const row = h('tr', { dataset: { entity: r.entityId } },
    h('th', { scope: 'row' }, r.found ? partyLink(r.entityId) : r.entityId),
    h('td', null, r.found ? enumLabel('EntityType', r.entityType) : h('span', { class: 'badge warn' }, t('check.not-found'))),
    h('td', null, r.grade ? h('span', { class: `badge grade-${r.grade}` }, enumLabel('Grade', r.grade)) : ''),
    h('td', null, r.score === null || r.score === undefined ? (r.found ? t('check.not-scored') : '') : fmtNumber(r.score)),
    h('td', null, r.blacklisted ? h('span', { class: 'badge black' }, t('check.blacklisted')) : (r.found ? yesNo(false) : '')),
    h('td', null, list((r.activeSanctions || []).map((s) => [
      `${enumLabel('SanctionKind', s.kind)} ${s.sanctionId}`,
      s.subjectId !== r.entityId ? ` (${t('check.member', { id: s.subjectId })})` : '',
      s.disputed ? ` · ${t('check.disputed')}` : '']))),
    h('td', null, list((r.restrictions || []).map((x) => [enumLabel('Measure', x.measure),
      x.subjectId !== r.entityId ? ` (${t('check.member', { id: x.subjectId })})` : '']))),
    h('td', null, (r.exposures || []).length ? fmtNumber(r.exposures.length) : ''),
    h('td', null, paths ? h('button', {
      type: 'button', class: 'secondary expand', 'aria-expanded': 'false', 'aria-controls': detailId,
      'aria-label': t('check.show-paths-label', { id: r.entityId }),
    }, t('check.show-paths', { count: fmtNumber(paths) })) : ''));
  const detail = h('tr', { id: detailId, class: 'paths-row', hidden: true },
    h('td', { colspan: 9 }, pathsOf(r)));
  row.querySelector('button.expand')?.addEventListener('click', (ev) => {
    const open = ev.currentTarget.getAttribute('aria-expanded') !== 'true';
    ev.currentTarget.setAttribute('aria-expanded', String(open));
    detail.hidden = !open;
  });
  return [row, detail];
}

function pathsOf(r) {
  const items = [
    ...(r.restrictions || []).map((x) => h('li', { class: 'restriction' },
      t('check.restriction', { measure: enumLabel('Measure', x.measure), rule: enumLabel('Rule', x.rule), sanction: x.sanctionId, sanctioned: x.sanctionedId }),
      x.disputed ? ` · ${t('check.disputed')}` : '', ': ', pathView(x.path || []))),
    ...(r.exposures || []).map((x) => h('li', { class: 'exposure' },
      t('check.exposure', { id: x.entityId, hops: fmtNumber(x.hops) }), ': ', pathView(x.path || []))),
  ];
  return items.length ? h('ul', { class: 'check-paths' }, items) : note(t('check.no-paths'));
}

function list(items) {
  return items.length ? h('ul', { class: 'plain' }, items.map((i) => h('li', null, i))) : '';
}

/** The answer as spreadsheet rows: headers and values in the page's language, ids as they are. */
function csvRows(answer) {
  const head = ['id', 'found', 'resolved', 'type', 'score', 'grade', 'blacklisted', 'sanctions', 'restrictions', 'exposures', 'as-of']
    .map((k) => t(`check.csv.${k}`));
  return [head, ...(answer.results || []).map((r) => [
    r.entityId, yesNo(r.found), r.resolvedId ?? '', r.found ? enumLabel('EntityType', r.entityType) : '',
    r.score ?? '', r.grade ? enumLabel('Grade', r.grade) : '', r.found ? yesNo(r.blacklisted) : '',
    (r.activeSanctions || []).map((s) => `${s.sanctionId} ${enumLabel('SanctionKind', s.kind)} (${s.subjectId})`).join('; '),
    (r.restrictions || []).map((x) => `${enumLabel('Measure', x.measure)} ${enumLabel('Rule', x.rule)} ${x.sanctionId}: ${(x.path || []).join(' > ')}`).join('; '),
    (r.exposures || []).map((x) => `${x.entityId} (${x.hops}): ${(x.path || []).join(' > ')}`).join('; '),
    answer.asOf,
  ])];
}
