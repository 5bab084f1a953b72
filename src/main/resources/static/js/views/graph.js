// The link graph: a party's neighbourhood (depth 1..4, asOf), expand on click, PNG export.
import { api } from '../api.js';
import { h, clear, note, errorNote, today, routeQuery, go, fmt } from '../util.js';
import { GraphView, legend, blacklistedOn, alertCounts, sameAsLabel } from '../graph.js';

export async function graphView(el, [rootId]) {
  const q = routeQuery();
  const depth = Math.min(4, Math.max(1, Number(q.get('depth')) || 2));
  const asOf = q.get('asOf') || today();
  const idInput = h('input', { type: 'text', id: 'graph-root', value: rootId || '', required: true, placeholder: 'IMD0000015' });
  const depthSel = h('select', { id: 'graph-depth' }, [1, 2, 3, 4].map((d) => h('option', { value: d, selected: d === depth }, d)));
  const asOfInput = h('input', { type: 'date', id: 'graph-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': 'Neighbourhood to draw' },
    h('label', { for: 'graph-root' }, 'Entity id', idInput),
    h('label', { for: 'graph-depth' }, 'Depth', depthSel),
    h('label', { for: 'graph-asof' }, 'As of', asOfInput),
    h('button', { type: 'submit', id: 'graph-load' }, 'Draw'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (idInput.value.trim()) go(`/graph/${encodeURIComponent(idInput.value.trim())}`, { depth: depthSel.value, asOf: asOfInput.value });
  });
  el.append(h('h1', null, 'Link graph'), h('div', { class: 'panel' }, form));
  if (!rootId) { el.append(note('Enter an entity id (or open one from the search) to draw its neighbourhood.')); idInput.focus(); return; }

  const info = h('p', { id: 'graph-info', class: 'muted', 'aria-live': 'polite' }, 'Loading…');
  const layoutSel = h('select', { id: 'graph-layout', 'aria-label': 'Layout' },
    h('option', { value: 'fcose' }, 'force (fCoSE)'), h('option', { value: 'concentric' }, 'concentric by hops'), h('option', { value: 'breadthfirst' }, 'tree by hops'));
  const relayout = h('button', { type: 'button', class: 'secondary', id: 'graph-relayout' }, 'Lay out');
  const fit = h('button', { type: 'button', class: 'secondary', id: 'graph-fit' }, 'Fit');
  const png = h('button', { type: 'button', class: 'secondary', id: 'graph-png' }, 'Export PNG');
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': `Link graph of ${rootId}; the node list beside it gives the same content` });
  const nodeSel = h('select', { id: 'graph-node', 'aria-label': 'Node', size: 1 });
  const expand = h('button', { type: 'button', id: 'graph-expand' }, 'Expand');
  const open = h('button', { type: 'button', class: 'secondary', id: 'graph-open' }, 'Open page');
  const details = h('div', { id: 'graph-details' });
  const side = h('aside', { class: 'panel side', 'aria-label': 'Nodes and details' },
    h('h2', null, 'Nodes'),
    h('p', { class: 'muted' }, 'Click a node to expand it; hover for its properties. With the keyboard: pick a node here.'),
    h('label', { for: 'graph-node' }, 'Node', nodeSel),
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
      .forEach((n) => nodeSel.append(h('option', { value: n.id(), selected: n.id() === current }, `${n.data('label')} (${n.data('type')}${expanded.has(n.id()) ? ', expanded' : ''})`)));
    info.textContent = `${view.cy.nodes().length} nodes, ${view.cy.edges().length} relationships · depth ${depth} · as of ${asOf}`;
    info.dataset.nodes = String(view.cy.nodes().length);
  }

  function select(id) {
    nodeSel.value = id;
    view.cy.nodes().unselect();
    view.cy.getElementById(id).select();
    const n = view.cy.getElementById(id);
    details.replaceChildren(h('div', null, h('h3', null, n.data('label')), h('p', { class: 'mono' }, `${n.data('type')} · ${id}`),
      n.hasClass('blacklisted') ? h('p', null, h('span', { class: 'badge red' }, 'black list')) : null,
      n.data('alerts') ? h('p', null, h('span', { class: 'badge warn' }, `${n.data('alerts')} alert(s)`)) : null,
      h('p', null, h('a', { href: `#/party/${encodeURIComponent(id)}` }, 'Open its page')),
      sameAsList(n)));
  }

  // the node's "same as" links in words: the drawing's dashed edges for a keyboard or screen reader
  function sameAsList(n) {
    const links = n.connectedEdges('[type="SAME_AS"]');
    if (!links.length) return null;
    return h('div', { id: 'graph-same-as' }, h('h3', null, 'Same as'), h('ul', null, links.map((e) => {
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
    info.textContent = `Expanding ${id}…`;
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
      if (net.truncated) info.textContent += ` · ${id} has more than ${net.nodeLimit} neighbours: the first by id are shown`;
      info.textContent += added.length ? ` · ${added.length} new from ${id}` : ` · nothing new from ${id}`;
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
    if (net.truncated) info.textContent += ` · truncated at ${net.nodeLimit} nodes (depth reached ${net.depthReached})`;
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

