// The black and red lists on a date, paged, and their CSV for publication.
import { api } from '../api.js';
import { h, note, errorNote, today, routeQuery, go, table, fmt, saveBlob, when, dateRange } from '../util.js';
import { t, enumLabel, fmtDate, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('lists');

const SIZE = 50;

export async function listsView(el) {
  const q = routeQuery();
  const kind = q.get('list') === 'red' ? 'red' : 'black';
  const asOf = q.get('asOf') || today();
  const page = Math.max(0, Number(q.get('page')) || 0);
  const tab = (k, text) => h('button', { type: 'button', role: 'tab', id: `tab-${k}`, 'aria-selected': String(k === kind), 'aria-controls': 'list-panel',
    onclick: () => go('/lists', { list: k, asOf }) }, text);
  const asOfInput = h('input', { type: 'date', id: 'list-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': t('lists.date-form') },
    h('label', { for: 'list-asof' }, t('lists.as-of'), asOfInput), h('button', { type: 'submit', class: 'secondary' }, t('lists.show')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/lists', { list: kind, asOf: asOfInput.value }); });
  const download = h('button', { type: 'button', id: 'list-download' }, t('common.download-csv'));
  const saved = h('span', { id: 'list-saved', class: 'muted', 'aria-live': 'polite' });
  const panel = h('div', { id: 'list-panel', class: 'panel', role: 'tabpanel', 'aria-labelledby': `tab-${kind}` }, note(t('common.loading')));
  el.append(h('h1', null, t('lists.title')),
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('lists.tabs') }, tab('black', t('lists.black')), tab('red', t('lists.red'))),
    h('div', { class: 'panel' }, h('div', { class: 'controls' }, form, download, saved)), panel);

  download.addEventListener('click', async () => {
    download.disabled = true;
    saved.textContent = t('lists.preparing');
    try {
      const res = await api(`/lists/${kind}`, { query: { asOf }, accept: 'text/csv', raw: true });
      const disposition = res.headers.get('Content-Disposition') || '';
      const name = (/filename="?([^";]+)"?/.exec(disposition) || [])[1] || `${kind}-list-${asOf}.csv`;
      const blob = await res.blob();
      saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), name);
      saved.textContent = t('lists.saved', { name, bytes: fmtNumber(blob.size) });
      saved.dataset.file = name;
    } catch (e) {
      saved.textContent = '';
      panel.prepend(errorNote(e));
    } finally {
      download.disabled = false;
    }
  });

  try {
    const res = await api(`/lists/${kind}`, { query: { asOf, page, size: SIZE } });
    const items = res.items || [];
    const columns = kind === 'black' ? [
      { title: t('lists.col-party'), cell: (r) => h('a', { href: `#/party/${encodeURIComponent(r.partyId)}` }, r.name || r.partyId) },
      { title: t('lists.col-type'), cell: (r) => enumLabel('EntityType', r.type) },
      { title: t('lists.col-licence'), cell: (r) => fmt(r.licenseNo) },
      { title: t('lists.col-sanction'), cell: (r) => [h('a', { href: `#/sanction/${encodeURIComponent(r.sanctionId)}?asOf=${asOf}` }, r.sanctionId), r.disputed ? h('span', { class: 'badge warn' }, t('lists.disputed')) : null] },
      { title: t('lists.col-kind'), cell: (r) => enumLabel('SanctionKind', r.kind) },
      { title: t('lists.col-severity'), cell: (r) => r.severity },
      { title: t('lists.col-authority'), cell: (r) => r.authority },
      { title: t('lists.col-in-force'), cell: (r) => dateRange(r.effectiveFrom, r.effectiveTo, t('lists.open-ended')) },
      { title: t('lists.col-reason'), cell: (r) => fmt(r.reason) },
    ] : [
      { title: t('lists.col-party'), cell: (r) => h('a', { href: `#/party/${encodeURIComponent(r.partyId)}` }, r.name || r.partyId) },
      { title: t('lists.col-type'), cell: (r) => enumLabel('EntityType', r.type) },
      { title: t('lists.col-licence'), cell: (r) => fmt(r.licenseNo) },
      { title: t('lists.col-record'), cell: (r) => h('span', { class: 'mono' }, r.recordId) },
      { title: t('lists.col-kind'), cell: (r) => enumLabel('RecordKind', r.recordKind) },
      { title: t('lists.col-date'), cell: (r) => when(r.date) },
      { title: t('lists.col-severity'), cell: (r) => r.severity },
      { title: t('lists.col-detail'), cell: (r) => fmt(r.detail) },
    ];
    const pages = Math.max(1, Math.ceil((res.total || 0) / SIZE));
    const prev = h('button', { type: 'button', class: 'secondary', disabled: page === 0, onclick: () => go('/lists', { list: kind, asOf, page: page - 1 }) }, t('common.previous'));
    const next = h('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => go('/lists', { list: kind, asOf, page: page + 1 }) }, t('common.next'));
    const tbl = table(columns, items, { caption: t(`lists.caption-${kind}`, { asOf: fmtDate(asOf) }) });
    tbl.id = 'list-table';
    panel.replaceChildren(...[
      h('p', { id: 'list-summary' }, t(res.total === 1 ? `lists.summary-${kind}-one` : `lists.summary-${kind}`, { n: fmtNumber(res.total), asOf: fmtDate(asOf) })),
      items.length ? tbl : note(t('lists.empty')),
      pages > 1 ? h('div', { class: 'pager' }, prev, t('common.page-of', { page: page + 1, pages }), next) : null].filter(Boolean));
  } catch (e) {
    panel.replaceChildren(errorNote(e));
  }
}
