// Search by id, name, licence number or identifier value; results grouped by type.
import { api } from '../api.js';
import { h, clear, note, errorNote, routeQuery, go, localLabel } from '../util.js';
import { t, enumLabel, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('search');

const TYPES = ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord'];

export async function searchView(el) {
  const q = routeQuery();
  const input = h('input', { type: 'search', id: 'search-q', name: 'q', value: q.get('q') || '', required: true, maxlength: 200,
    placeholder: t('search.placeholder'), 'aria-describedby': 'search-help' });
  const type = h('select', { id: 'search-type', name: 'type' }, h('option', { value: '' }, t('search.any-type')),
    TYPES.map((ty) => h('option', { value: ty, selected: q.get('type') === ty }, enumLabel('EntityType', ty))));
  const results = h('div', { class: 'results', id: 'search-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'inline', role: 'search', 'aria-label': t('search.form') },
    h('label', { for: 'search-q' }, t('search.query'), input),
    h('label', { for: 'search-type' }, t('search.type'), type),
    h('button', { type: 'submit', id: 'search-submit' }, t('search.submit')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) go('/search', { q: input.value.trim(), type: type.value });
  });
  el.append(h('h1', null, t('search.title')),
    h('div', { class: 'panel' }, form,
      h('p', { id: 'search-help', class: 'muted' }, t('search.help'))),
    results);
  if (!q.get('q')) { input.focus(); return; }
  results.append(note(t('search.searching')));
  try {
    const res = await api('/search', { query: { q: q.get('q'), type: q.get('type'), limit: 100 } });
    clear(results);
    const items = res.items || [];
    if (!items.length) { results.append(note(t('search.nothing', { q: q.get('q') }))); return; }
    const groups = new Map();
    for (const it of items) {
      if (!groups.has(it.type)) groups.set(it.type, []);
      groups.get(it.type).push(it);
    }
    results.append(h('p', { class: 'muted' }, t(items.length === 1 ? 'search.count-one' : 'search.count', { n: fmtNumber(items.length), q: q.get('q') })));
    for (const [ty, list] of groups) {
      results.append(h('section', { class: 'panel', 'aria-label': t('search.group', { type: enumLabel('EntityType', ty) }), dataset: { type: ty } },
        h('h2', null, `${enumLabel('EntityType', ty)} (${fmtNumber(list.length)})`),
        h('ul', null, list.map((it) => h('li', { dataset: { id: it.id } },
          h('a', { href: `#/party/${encodeURIComponent(it.id)}`, class: 'result-link' }, localLabel(it.type, it.label) || it.id),
          h('span', { class: 'mono muted' }, it.id),
          h('span', { class: 'badge', title: t('search.matched-on') }, matchedOn(it.matchedOn)),
          h('a', { href: `#/graph/${encodeURIComponent(it.id)}`, 'aria-label': t('search.graph-of', { name: it.label || it.id }) }, t('search.graph')))))));
    }
  } catch (e) {
    clear(results).append(errorNote(e));
  }
}

/** What a result matched: "id", "name", "licenseNo" or "identifier:PHONE". */
function matchedOn(m) {
  if (typeof m !== 'string') return m;
  if (m.startsWith('identifier:')) return t('search.matched-identifier', { kind: enumLabel('IdentifierKind', m.slice(11)) });
  return t(`search.matched-${m}`);
}
