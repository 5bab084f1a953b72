// The link graph: a party's neighbourhood (depth 1..4, asOf), expand on click, PNG export.
import { api } from '../api.js';
import { h, clear, note, errorNote, today, routeQuery, go, fmt } from '../util.js';
import { GraphView, legend, blacklistedOn, alertCounts, sameAsLabel } from '../graph.js';
import { t, enumLabel, fmtDate, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('graph');

export async function graphView(el, [rootId]) {
  const q = routeQuery();
  const depth = Math.min(4, Math.max(1, Number(q.get('depth')) || 2));
  const asOf = q.get('asOf') || today();
  const idInput = h('input', { type: 'text', id: 'graph-root', value: rootId || '', required: true, placeholder: 'IMD0000015' });
  const depthSel = h('select', { id: 'graph-depth' }, [1, 2, 3, 4].map((d) => h('option', { value: d, selected: d === depth }, d)));
  const asOfInput = h('input', { type: 'date', id: 'graph-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': t('graph.form') },
    h('label', { for: 'graph-root' }, t('graph.entity-id'), idInput),
    h('label', { for: 'graph-depth' }, t('graph.depth'), depthSel),
    h('label', { for: 'graph-asof' }, t('graph.as-of'), asOfInput),
    h('button', { type: 'submit', id: 'graph-load' }, t('graph.draw')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (idInput.value.trim()) go(`/graph/${encodeURIComponent(idInput.value.trim())}`, { depth: depthSel.value, asOf: asOfInput.value });
  });
  el.append(h('h1', null, t('graph.title')), h('div', { class: 'panel' }, form));
  if (!rootId) { el.append(note(t('graph.enter-id'))); idInput.focus(); return; }

  const info = h('p', { id: 'graph-info', class: 'muted', 'aria-live': 'polite' }, t('common.loading'));
  const layoutSel = h('select', { id: 'graph-layout', 'aria-label': t('graph.layout') },
    h('option', { value: 'fcose' }, t('graph.layout-fcose')), h('option', { value: 'concentric' }, t('graph.layout-concentric')), h('option', { value: 'breadthfirst' }, t('graph.layout-tree')));
  const relayout = h('button', { type: 'button', class: 'secondary', id: 'graph-relayout' }, t('graph.relayout'));
  const fit = h('button', { type: 'button', class: 'secondary', id: 'graph-fit' }, t('graph.fit'));
  const png = h('button', { type: 'button', class: 'secondary', id: 'graph-png' }, t('graph.png'));
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': t('graph.drawing', { id: rootId }) });
  const nodeSel = h('select', { id: 'graph-node', 'aria-label': t('graph.node'), size: 1 });
  const expand = h('button', { type: 'button', id: 'graph-expand' }, t('graph.expand'));
  const open = h('button', { type: 'button', class: 'secondary', id: 'graph-open' }, t('graph.open'));
  const details = h('div', { id: 'graph-details' });
  const side = h('aside', { class: 'panel side', 'aria-label': t('graph.side') },
    h('h2', null, t('graph.nodes')),
    h('p', { class: 'muted' }, t('graph.help')),
    h('label', { for: 'graph-node' }, t('graph.node'), nodeSel),
    h('p', { class: 'controls' }, expand, open),
    details);
  el.append(h('div', { class: 'controls', id: 'graph-tools' }, layoutSel, relayout, fit, png), legend(), info,
    h('div', { class: 'graph-layout' }, container, side));

  const view = new GraphView(container, { rootId, onTap: (n) => { select(n.id()); expandNode(n.id()); } });
  const expanded = new Set();

  function refreshList() {
    const current = nodeSel.value;
    clear(nodeSel);
    view.cy.nodes().sort((a, b) => (a.data('type') + a.data('label')).localeCompare(b.data('type') + b.data('label'), 'zh'))
      .forEach((n) => nodeSel.append(h('option', { value: n.id(), selected: n.id() === current },
        t(expanded.has(n.id()) ? 'graph.option-expanded' : 'graph.option', { label: n.data('label'), type: enumLabel('EntityType', n.data('type')) }))));
    info.textContent = t('graph.info', { nodes: fmtNumber(view.cy.nodes().length), edges: fmtNumber(view.cy.edges().length), depth, asOf: fmtDate(asOf) });
    info.dataset.nodes = String(view.cy.nodes().length);
  }

  function select(id) {
    nodeSel.value = id;
    view.cy.nodes().unselect();
    view.cy.getElementById(id).select();
    const n = view.cy.getElementById(id);
    details.replaceChildren(h('div', null, h('h3', null, n.data('label')), h('p', { class: 'mono' }, `${enumLabel('EntityType', n.data('type'))} · ${id}`),
      n.hasClass('blacklisted') ? h('p', null, h('span', { class: 'badge red' }, t('graph.black-list'))) : null,
      n.data('alerts') ? h('p', null, h('span', { class: 'badge warn' }, t('common.alert-count', { n: n.data('alerts') }))) : null,
      h('p', null, h('a', { href: `#/party/${encodeURIComponent(id)}` }, t('graph.open-its-page'))),
      sameAsList(n)));
  }

  // the node's "same as" links in words: the drawing's dashed edges for a keyboard or screen reader
  function sameAsList(n) {
    const links = n.connectedEdges('[type="SAME_AS"]');
    if (!links.length) return null;
    return h('div', { id: 'graph-same-as' }, h('h3', null, t('graph.same-as')), h('ul', null, links.map((e) => {
      const other = e.source().id() === n.id() ? e.target() : e.source();
      return h('li', { dataset: { id: other.id(), decision: e.data('decision') || '' } },
        h('a', { href: `#/party/${encodeURIComponent(other.id())}` }, other.data('label')), ` ${other.id()} · ${sameAsLabel(e.data('properties'))}`);
    })));
  }

  async function expandNode(id) {
    if (expanded.has(id)) return;
    expanded.add(id);
    // aria-disabled, not disabled: a disabled button loses the focus, and a keyboard user who
    // pressed Enter on Expand would be sent back to the top of the page
    expand.setAttribute('aria-disabled', 'true');
    info.textContent = t('graph.expanding', { id });
    try {
      const net = await api(`/entities/${encodeURIComponent(id)}/network`, { query: { depth: 1, asOf } });
      const added = view.add(net);
      view.cy.getElementById(id).addClass('expanded');
      if (added.length) {
        // place the new nodes around the expanded one, then let the force layout settle
        const p = view.cy.getElementById(id).position();
        added.forEach((nid, i) => view.cy.getElementById(nid).position({ x: p.x + 60 * Math.cos(i), y: p.y + 60 * Math.sin(i) }));
        view.layout(layoutSel.value);
      }
      refreshList();
      if (net.truncated) info.textContent += t('graph.expand-truncated', { id, limit: fmtNumber(net.nodeLimit) });
      info.textContent += added.length ? t('graph.expand-added', { n: fmtNumber(added.length), id }) : t('graph.expand-nothing', { id });
    } catch (e) {
      expanded.delete(id);
      details.append(errorNote(e));
    } finally {
      expand.removeAttribute('aria-disabled');
    }
  }

  expand.addEventListener('click', () => expand.getAttribute('aria-disabled') !== 'true' && nodeSel.value && expandNode(nodeSel.value));
  open.addEventListener('click', () => nodeSel.value && go(`/party/${encodeURIComponent(nodeSel.value)}`));
  nodeSel.addEventListener('change', () => select(nodeSel.value));
  relayout.addEventListener('click', () => view.layout(layoutSel.value));
  layoutSel.addEventListener('change', () => view.layout(layoutSel.value));
  fit.addEventListener('click', () => view.cy.fit(undefined, 30));
  png.addEventListener('click', () => view.exportPng(`credlink-${rootId}-${asOf}.png`));

  try {
    const net = await api(`/entities/${encodeURIComponent(rootId)}/network`, { query: { depth, asOf } });
    view.add(net);
    expanded.add(rootId);
    view.layout(net.nodes.length > 250 ? 'fcose' : layoutSel.value);
    refreshList();
    if (net.truncated) info.textContent += t('graph.truncated', { limit: fmtNumber(net.nodeLimit), depth: net.depthReached });
    select(rootId);
    const [black, alerts] = await Promise.all([blacklistedOn(asOf), alertCounts()]);
    view.mark({ blacklisted: black, alerts });
    select(rootId);
    container.dataset.ready = 'true';
  } catch (e) {
    info.textContent = '';
    el.append(errorNote(e));
  }
  return () => view.destroy();
}

