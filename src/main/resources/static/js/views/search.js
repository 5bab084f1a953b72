// Search by id, name, licence number or identifier value; results grouped by type.
import { api } from '../api.js';
import { h, clear, note, errorNote, routeQuery, go } from '../util.js';

const TYPES = ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord'];

export async function searchView(el) {
  const q = routeQuery();
  const input = h('input', { type: 'search', id: 'search-q', name: 'q', value: q.get('q') || '', required: true, maxlength: 200,
    placeholder: 'IMD0000015, 张, licence number, +86 136 3192 2905…', 'aria-describedby': 'search-help' });
  const type = h('select', { id: 'search-type', name: 'type' }, h('option', { value: '' }, 'any type'),
    TYPES.map((t) => h('option', { value: t, selected: q.get('type') === t }, t)));
  const results = h('div', { class: 'results', id: 'search-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'inline', role: 'search', 'aria-label': 'Search entities' },
    h('label', { for: 'search-q' }, 'Id, name, licence no. or identifier', input),
    h('label', { for: 'search-type' }, 'Type', type),
    h('button', { type: 'submit', id: 'search-submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value.trim()) go('/search', { q: input.value.trim(), type: type.value });
  });
  el.append(h('h1', null, 'Search'),
    h('div', { class: 'panel' }, form,
      h('p', { id: 'search-help', class: 'muted' }, 'Exact id of any entity (parties, policies, claims), a licence number, a phone, e-mail, bank account or address (normalised like the import), or part of a name.')),
    results);
  if (!q.get('q')) { input.focus(); return; }
  results.append(note('Searching…'));
  try {
    const res = await api('/search', { query: { q: q.get('q'), type: q.get('type'), limit: 100 } });
    clear(results);
    const items = res.items || [];
    if (!items.length) { results.append(note(`Nothing matches “${q.get('q')}”.`)); return; }
    const groups = new Map();
    for (const it of items) {
      if (!groups.has(it.type)) groups.set(it.type, []);
      groups.get(it.type).push(it);
    }
    results.append(h('p', { class: 'muted' }, `${items.length} result${items.length === 1 ? '' : 's'} for “${q.get('q')}”`));
    for (const [t, list] of groups) {
      results.append(h('section', { class: 'panel', 'aria-label': `${t} results`, dataset: { type: t } },
        h('h2', null, `${t} (${list.length})`),
        h('ul', null, list.map((it) => h('li', { dataset: { id: it.id } },
          h('a', { href: `#/party/${encodeURIComponent(it.id)}`, class: 'result-link' }, it.label || it.id),
          h('span', { class: 'mono muted' }, it.id),
          h('span', { class: 'badge', title: 'matched on' }, it.matchedOn),
          h('a', { href: `#/graph/${encodeURIComponent(it.id)}`, 'aria-label': `link graph of ${it.label || it.id}` }, 'graph'))))));
    }
  } catch (e) {
    clear(results).append(errorNote(e));
  }
}
