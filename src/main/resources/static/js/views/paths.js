// Shortest paths between two parties, listed and drawn.
import { api } from '../api.js';
import { h, note, errorNote, today, routeQuery, go, pathView, localLabel } from '../util.js';
import { GraphView, legend, blacklistedOn } from '../graph.js';
import { t, fmtDate, loadMessages } from '../i18n.js';

await loadMessages('paths');

export async function pathsView(el) {
  const q = routeQuery();
  const from = h('input', { type: 'text', id: 'paths-from', value: q.get('from') || '', required: true, placeholder: 'CON000000518' });
  const to = h('input', { type: 'text', id: 'paths-to', value: q.get('to') || '', required: true, placeholder: 'CON000000519' });
  const hops = h('select', { id: 'paths-hops' }, [1, 2, 3, 4, 5, 6].map((d) => h('option', { value: d, selected: d === (Number(q.get('maxHops')) || 4) }, d)));
  const asOf = h('input', { type: 'date', id: 'paths-asof', value: q.get('asOf') || today() });
  const form = h('form', { class: 'inline', 'aria-label': t('paths.form') },
    h('label', { for: 'paths-from' }, t('paths.from'), from), h('label', { for: 'paths-to' }, t('paths.to'), to),
    h('label', { for: 'paths-hops' }, t('paths.max-hops'), hops), h('label', { for: 'paths-asof' }, t('paths.as-of'), asOf),
    h('button', { type: 'submit', id: 'paths-submit' }, t('paths.submit')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/paths', { from: from.value.trim(), to: to.value.trim(), maxHops: hops.value, asOf: asOf.value });
  });
  el.append(h('h1', null, t('paths.title')), h('div', { class: 'panel' }, form));
  if (!q.get('from') || !q.get('to')) { (q.get('from') ? to : from).focus(); return; }

  const out = h('div', { id: 'paths-result', 'aria-live': 'polite' }, note(t('paths.searching')));
  el.append(out);
  let res;
  try {
    res = await api('/paths', { query: { from: q.get('from'), to: q.get('to'), maxHops: q.get('maxHops'), asOf: q.get('asOf') } });
  } catch (e) { out.replaceChildren(errorNote(e)); return; }
  const paths = res.paths || [];
  if (!paths.length) {
    out.replaceChildren(note(res.searchLimitReached
      ? t('paths.budget', { hops: res.maxHops })
      : t('paths.none', { hops: res.maxHops, asOf: fmtDate(res.asOf) })));
    return;
  }
  const labels = {};
  for (const d of res.details || []) for (const n of d.nodes || []) labels[n.id] = localLabel(n.type, n.label);
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': t('paths.drawing', { n: paths.length }) });
  out.replaceChildren(
    h('p', { id: 'paths-summary' }, t(paths.length === 1 ? 'paths.summary-one' : 'paths.summary', { n: paths.length, length: res.length }),
      h('strong', null, labels[res.from] || res.from), t('paths.and'), h('strong', null, labels[res.to] || res.to), t('paths.summary-as-of', { asOf: fmtDate(res.asOf) }),
      res.truncated ? t('paths.truncated', { n: res.pathLimit }) : ''),
    h('ol', { id: 'paths-list' }, paths.map((p) => h('li', null, pathView(p, labels)))),
    legend(), container);
  const view = new GraphView(container, { rootId: res.from, onTap: (n) => go(`/party/${encodeURIComponent(n.id())}`) });
  for (const d of res.details || []) view.add(d, 'path');
  view.cy.nodes().addClass('labelled');
  view.cy.getElementById(res.from).addClass('endpoint');
  view.cy.getElementById(res.to).addClass('endpoint');
  view.layout('breadthfirst', { roots: [res.from] });
  container.dataset.ready = 'true';
  blacklistedOn(res.asOf).then((ids) => view.mark({ blacklisted: ids }));
  return () => view.destroy();
}
