// The black and red lists on a date, paged, and their CSV for publication.
import { api } from '../api.js';
import { h, note, errorNote, today, routeQuery, go, table, fmt, saveBlob } from '../util.js';

const SIZE = 50;

export async function listsView(el) {
  const q = routeQuery();
  const kind = q.get('list') === 'red' ? 'red' : 'black';
  const asOf = q.get('asOf') || today();
  const page = Math.max(0, Number(q.get('page')) || 0);
  const tab = (k, text) => h('button', { type: 'button', role: 'tab', id: `tab-${k}`, 'aria-selected': String(k === kind), 'aria-controls': 'list-panel',
    onclick: () => go('/lists', { list: k, asOf }) }, text);
  const asOfInput = h('input', { type: 'date', id: 'list-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': 'Date of the list' },
    h('label', { for: 'list-asof' }, 'As of', asOfInput), h('button', { type: 'submit', class: 'secondary' }, 'Show'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/lists', { list: kind, asOf: asOfInput.value }); });
  const download = h('button', { type: 'button', id: 'list-download' }, `Download CSV`);
  const saved = h('span', { id: 'list-saved', class: 'muted', 'aria-live': 'polite' });
  const panel = h('div', { id: 'list-panel', class: 'panel', role: 'tabpanel', 'aria-labelledby': `tab-${kind}` }, note('Loading…'));
  el.append(h('h1', null, 'Black and red lists'),
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'List' }, tab('black', 'Black list'), tab('red', 'Red list')),
    h('div', { class: 'panel' }, h('div', { class: 'controls' }, form, download, saved)), panel);

  download.addEventListener('click', async () => {
    download.disabled = true;
    saved.textContent = 'Preparing…';
    try {
      const res = await api(`/lists/${kind}`, { query: { asOf }, accept: 'text/csv', raw: true });
      const disposition = res.headers.get('Content-Disposition') || '';
      const name = (/filename="?([^";]+)"?/.exec(disposition) || [])[1] || `${kind}-list-${asOf}.csv`;
      const blob = await res.blob();
      saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), name);
      saved.textContent = `Saved ${name} (${blob.size.toLocaleString('en')} bytes)`;
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
      { title: 'Party', cell: (r) => h('a', { href: `#/party/${encodeURIComponent(r.partyId)}` }, r.name || r.partyId) },
      { title: 'Type', cell: (r) => r.type },
      { title: 'Licence', cell: (r) => fmt(r.licenseNo) },
      { title: 'Sanction', cell: (r) => [h('a', { href: `#/sanction/${encodeURIComponent(r.sanctionId)}?asOf=${asOf}` }, r.sanctionId), r.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null] },
      { title: 'Kind', cell: (r) => r.kind },
      { title: 'Severity', cell: (r) => r.severity },
      { title: 'Authority', cell: (r) => r.authority },
      { title: 'In force', cell: (r) => `${r.effectiveFrom} – ${r.effectiveTo || 'open'}` },
      { title: 'Reason', cell: (r) => fmt(r.reason) },
    ] : [
      { title: 'Party', cell: (r) => h('a', { href: `#/party/${encodeURIComponent(r.partyId)}` }, r.name || r.partyId) },
      { title: 'Type', cell: (r) => r.type },
      { title: 'Licence', cell: (r) => fmt(r.licenseNo) },
      { title: 'Record', cell: (r) => h('span', { class: 'mono' }, r.recordId) },
      { title: 'Kind', cell: (r) => r.recordKind },
      { title: 'Date', cell: (r) => r.date },
      { title: 'Severity', cell: (r) => r.severity },
      { title: 'Detail', cell: (r) => fmt(r.detail) },
    ];
    const pages = Math.max(1, Math.ceil((res.total || 0) / SIZE));
    const prev = h('button', { type: 'button', class: 'secondary', disabled: page === 0, onclick: () => go('/lists', { list: kind, asOf, page: page - 1 }) }, 'Previous');
    const next = h('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => go('/lists', { list: kind, asOf, page: page + 1 }) }, 'Next');
    const t = table(columns, items, { caption: `${kind} list on ${asOf}` });
    t.id = 'list-table';
    panel.replaceChildren(...[
      h('p', { id: 'list-summary' }, `${res.total} part${res.total === 1 ? 'y' : 'ies'} on the ${kind} list on ${asOf}`),
      items.length ? t : note('The list is empty on this date.'),
      pages > 1 ? h('div', { class: 'pager' }, prev, `page ${page + 1} of ${pages}`, next) : null].filter(Boolean));
  } catch (e) {
    panel.replaceChildren(errorNote(e));
  }
}
