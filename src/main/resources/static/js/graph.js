// Drawing of graphs with Cytoscape.js (loaded from its WebJar as the global `cytoscape`).
import { entity, api } from './api.js';
import { h, clear, fmt, saveBlob, propertyLabel, propertyValue, localLabel } from './util.js';
import { t, enumLabel } from './i18n.js';

if (window.cytoscape && window.cytoscapeFcose && !window.cytoscape.__fcose) {
  window.cytoscape.use(window.cytoscapeFcose);
  window.cytoscape.__fcose = true;
}

/** Shape and colour per domain type (the legend shows the same). */
export const TYPES = {
  Insurer: { color: '#2563eb', shape: 'round-rectangle' },
  Intermediary: { color: '#7c3aed', shape: 'hexagon' },
  Practitioner: { color: '#059669', shape: 'ellipse' },
  Consumer: { color: '#d97706', shape: 'ellipse' },
  Provider: { color: '#0891b2', shape: 'diamond' },
  Policy: { color: '#64748b', shape: 'rectangle' },
  Claim: { color: '#db2777', shape: 'triangle' },
  Identifier: { color: '#94a3b8', shape: 'round-diamond' },
  Sanction: { color: '#111827', shape: 'octagon' },
  CreditRecord: { color: '#92400e', shape: 'star' },
};
const OTHER = { color: '#9ca3af', shape: 'ellipse' };

export function legend() {
  return h('div', { class: 'legend', 'aria-label': t('common.legend') },
    Object.entries(TYPES).map(([type, s]) => h('span', { style: `--c:${s.color}` }, enumLabel('EntityType', type))),
    h('span', { class: 'same' }, t('common.legend-same-as')),
    h('span', { class: 'bl' }, t('common.legend-blacklisted')),
    h('span', { class: 'al' }, t('common.legend-alerts')));
}

function badgeImage(count) {
  const text = count > 99 ? '99+' : String(count);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#f97316" stroke="#fff" stroke-width="3"/><text x="20" y="26" font-family="sans-serif" font-size="${text.length > 2 ? 13 : 17}" font-weight="700" fill="#fff" text-anchor="middle">${text}</text></svg>`;
  return 'data:image/svg+xml;utf8,' + encodeURIComponent(svg);
}

/** Types drawn small and without a name unless zoomed in. */
const SMALL = new Set(['Identifier', 'Policy', 'CreditRecord']);

const STYLE = [
  { selector: 'node', style: {
    'background-color': (n) => (TYPES[n.data('type')] || OTHER).color,
    shape: (n) => (TYPES[n.data('type')] || OTHER).shape,
    label: 'data(label)', 'font-size': 10, 'font-family': getComputedStyle(document.body).fontFamily,
    'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 170,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
    'text-background-shape': 'roundrectangle', 'min-zoomed-font-size': 7, color: '#1f2937', width: 26, height: 26,
    'border-width': 1, 'border-color': '#fff', 'z-index': 10 } },
  // the small unlabelled nodes (policies, identifiers, records) are drawn under the named ones, so a
  // name is never covered by a square that the force layout put on it
  { selector: 'node[type="Identifier"], node[type="Policy"], node[type="CreditRecord"]', style: { width: 16, height: 16, 'font-size': 8, 'min-zoomed-font-size': 20, 'z-index': 1 } },
  { selector: 'node.root', style: { width: 40, height: 40, 'font-weight': 700, 'font-size': 12, 'border-width': 3, 'border-color': '#0f172a' } },
  { selector: 'node.blacklisted', style: { 'border-width': 5, 'border-color': '#dc2626' } },
  { selector: 'node[badge]', style: {
    'background-image': 'data(badge)', 'background-width': '60%', 'background-height': '60%',
    'background-position-x': '120%', 'background-position-y': '-40%', 'background-clip': 'none',
    'background-image-containment': 'over', 'bounds-expansion': 12 } },
  { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
  { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: 'node.expanded', style: { 'border-style': 'double' } },
  { selector: 'edge', style: {
    width: 1.4, 'line-color': '#9aa5b4', 'target-arrow-color': '#9aa5b4', 'target-arrow-shape': 'triangle',
    'arrow-scale': 0.7, 'curve-style': 'bezier', label: 'data(caption)', 'font-size': 7, color: '#6b7280',
    'text-rotation': 'autorotate', 'min-zoomed-font-size': 15, 'text-background-color': '#fff',
    'text-background-opacity': 0.8, 'text-background-padding': 1 } },
  // measure edges: the label stays horizontal (a rotated one ran into the nodes of short vertical edges)
  { selector: 'edge.measure', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 2.2, color: '#991b1b', 'font-size': 8,
    'min-zoomed-font-size': 6, 'text-rotation': 'none', 'text-background-opacity': 0.9 } },
  // "same as": two records of one person or firm (entity resolution), dashed violet and labelled with
  // the match probability; a link waiting for review is dotted, a rejected one grey
  { selector: 'edge[type="SAME_AS"]', style: { 'line-color': '#9333ea', 'target-arrow-shape': 'none', 'line-style': 'dashed',
    width: 2.4, label: 'data(sameAsLabel)', color: '#6b21a8', 'font-size': 8, 'min-zoomed-font-size': 6 } },
  { selector: 'edge[type="SAME_AS"][decision="POSSIBLE"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[type="SAME_AS"][decision="REJECTED"]', style: { 'line-color': '#9ca3af', color: '#6b7280' } },
  { selector: 'edge.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 2.5, 'min-zoomed-font-size': 6 } },
  // in a crowded drawing a claim's long label ("Claim CLM… · date") shows only when zoomed in
  { selector: 'node.quiet', style: { 'min-zoomed-font-size': 14 } },
  { selector: 'node.endpoint, node.root, node.labelled', style: { 'min-zoomed-font-size': 0 } },
  // two-line labels (name, then measure and rule) that wrap instead of cutting the measure off
  { selector: 'node.wrap', style: { 'text-wrap': 'wrap', 'text-max-width': 190, 'text-overflow-wrap': 'anywhere', 'line-height': 1.25 } },
];

/**
 * A graph view in `container`. Options: onTap(node), tooltip element, root id.
 * Nodes are {id, type, label}; edges {source, target, type, properties}.
 */
export class GraphView {
  constructor(container, { onTap, tooltip = document.getElementById('tooltip'), rootId } = {}) {
    this.rootId = rootId;
    this.tooltip = tooltip;
    this.cy = window.cytoscape({ container, style: STYLE, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
    this.marks = { blacklisted: new Set(), alerts: new Map() };
    if (onTap) this.cy.on('tap', 'node', (e) => onTap(e.target));
    this.cy.on('mouseover', 'node', (e) => this.showTip(e.target, e.originalEvent));
    this.cy.on('mousemove', 'node', (e) => this.moveTip(e.originalEvent));
    this.cy.on('mouseout', 'node', () => this.hideTip());
    this.cy.on('mouseover', 'edge', (e) => this.showEdgeTip(e.target, e.originalEvent));
    this.cy.on('mouseout', 'edge', () => this.hideTip());
    this.cy.on('pan zoom', () => this.hideTip());
  }

  /** Adds nodes and edges not yet drawn; answers the ids of the new nodes. */
  add({ nodes = [], edges = [] }, extraEdgeClass) {
    const added = [];
    const els = [];
    for (const n of nodes) {
      if (this.cy.getElementById(n.id).nonempty()) continue;
      added.push(n.id);
      els.push({ group: 'nodes', data: { id: n.id, type: n.type, label: localLabel(n.type, n.label) || n.id }, classes: n.id === this.rootId ? 'root' : '' });
    }
    for (const e of edges) {
      const id = e.id || `${e.source}|${e.type}|${e.target}`;
      if (this.cy.getElementById(id).nonempty()) continue;
      if (this.cy.getElementById(e.source).empty() && !nodes.some((n) => n.id === e.source)) continue;
      if (this.cy.getElementById(e.target).empty() && !nodes.some((n) => n.id === e.target)) continue;
      const data = { id, source: e.source, target: e.target, type: e.label || e.type, caption: e.label || enumLabel('RelationshipType', e.type), properties: e.properties || {} };
      if (e.type === 'SAME_AS') {
        data.decision = e.properties?.decision;
        data.sameAsLabel = sameAsLabel(e.properties);
      }
      els.push({ group: 'edges', data, classes: e.classes || extraEdgeClass || '' });
    }
    this.cy.add(els);
    this.applyMarks();
    return added;
  }

  clear() { this.cy.elements().remove(); }

  /** Red border for the blacklisted ids, an orange badge with the number of alerts per id. */
  mark({ blacklisted, alerts } = {}) {
    if (blacklisted) this.marks.blacklisted = blacklisted;
    if (alerts) this.marks.alerts = alerts;
    this.applyMarks();
  }

  applyMarks() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('blacklisted', this.marks.blacklisted.has(n.id()));
        const count = this.marks.alerts.get(n.id());
        if (count) n.data('badge', badgeImage(count)); else n.removeData('badge');
        n.data('alerts', count || 0);
      });
    });
  }

  /** Lays out: fcose (force-directed, fast for hundreds of nodes), concentric by distance, or breadthfirst. */
  layout(name = 'fcose', { roots } = {}) {
    const n = this.cy.nodes().length;
    this.cy.nodes('[type="Claim"]').toggleClass('quiet', n > 120);
    let opts;
    if (name === 'fcose' && window.cytoscapeFcose) {
      // the named nodes push harder and sit farther from each other than the small leaves (a
      // policy, a phone) from their one holder: a hub with dozens of policies stays a tight star and
      // the names around it get room
      const small = (node) => SMALL.has(node.data('type'));
      const long = n > 150 ? 90 : 130;
      opts = { name: 'fcose', quality: n > 300 ? 'draft' : 'default', randomize: true, animate: false,
        nodeRepulsion: (node) => (small(node) ? 4500 : 20000),
        idealEdgeLength: (edge) => (small(edge.source()) || small(edge.target()) ? 45 : long),
        edgeElasticity: (edge) => (small(edge.source()) || small(edge.target()) ? 0.45 : 0.3),
        nodeSeparation: 75, packComponents: true, fit: true, padding: 30,
        // in small drawings (an evidence subgraph) labels count as part of a node so that they do not
        // write over each other; in larger ones that spreads the drawing until every label is tiny
        nodeDimensionsIncludeLabels: n <= 40 };
    } else if (name === 'concentric' || (name === 'fcose' && !window.cytoscapeFcose)) {
      const level = this.levels(roots || [this.rootId]);
      const max = Math.max(0, ...level.values());
      opts = { name: 'concentric', concentric: (node) => max - (level.get(node.id()) ?? max), levelWidth: () => 1,
        minNodeSpacing: 14, animate: false, fit: true, padding: 30, avoidOverlap: true };
    } else {
      const r = (roots || [this.rootId]).filter((id) => id && this.cy.getElementById(id).nonempty());
      opts = { name: 'breadthfirst', directed: false, roots: r.length ? r.map((id) => '#' + CSS.escape(id)).join(',') : undefined,
        spacingFactor: 1.1, animate: false, fit: true, padding: 30, avoidOverlap: true };
    }
    this.cy.layout(opts).run();
    // a small graph is not blown up: fit, but at most at 1.4x
    if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
  }

  /** Hops from the roots to every node (undirected). */
  levels(roots) {
    const level = new Map();
    let frontier = roots.filter((id) => id && this.cy.getElementById(id).nonempty());
    frontier.forEach((id) => level.set(id, 0));
    let d = 0;
    while (frontier.length) {
      d += 1;
      const next = [];
      for (const id of frontier) {
        this.cy.getElementById(id).neighborhood('node').forEach((m) => {
          if (!level.has(m.id())) { level.set(m.id(), d); next.push(m.id()); }
        });
      }
      frontier = next;
    }
    return level;
  }

  async showTip(node, ev) {
    if (!this.tooltip) return;
    const id = node.id();
    this.tipFor = id;
    const head = [h('strong', null, node.data('label')), h('div', null, `${enumLabel('EntityType', node.data('type'))} · ${id}`)];
    if (node.hasClass('blacklisted')) head.push(h('div', null, t('common.on-black-list')));
    if (node.data('alerts')) head.push(h('div', null, t('common.alert-count', { n: node.data('alerts') })));
    clear(this.tooltip).append(...head);
    this.tooltip.hidden = false;
    this.moveTip(ev);
    try {
      const e = await entity(id);
      if (this.tipFor !== id) return;
      const dl = h('dl');
      for (const [k, v] of Object.entries(e.properties || {}).slice(0, 12)) dl.append(h('dt', null, propertyLabel(k)), h('dd', null, propertyValue(e.properties, k, v, e.type)));
      if (e.credit) dl.append(h('dt', null, t('common.credit')), h('dd', null, `${fmt(e.credit.score)} (${enumLabel('Grade', e.credit.grade)})`));
      this.tooltip.append(dl);
    } catch { /* the tooltip keeps its head */ }
  }

  showEdgeTip(edge, ev) {
    if (!this.tooltip) return;
    this.tipFor = edge.id();
    const dl = h('dl');
    for (const [k, v] of Object.entries(edge.data('properties') || {})) {
      if (k === 'evidence' && Array.isArray(v)) {
        // one line per field: its comparison level and weight in bits
        for (const ev of v) dl.append(h('dt', null, enumLabel('MatchField', ev.field)), h('dd', null, `${enumLabel('Comparison', ev.comparison)} ${signed(ev.weight)}`));
      } else {
        dl.append(h('dt', null, propertyLabel(k)), h('dd', null, propertyValue(edge.data('properties'), k, v)));
      }
    }
    clear(this.tooltip).append(h('strong', null, edge.data('caption')), h('div', null, `${edge.data('source')} → ${edge.data('target')}`), dl);
    this.tooltip.hidden = false;
    this.moveTip(ev);
  }

  moveTip(ev) {
    if (!this.tooltip || !ev) return;
    const x = Math.min(ev.clientX + 14, window.innerWidth - 350);
    this.tooltip.style.left = `${x}px`;
    this.tooltip.style.top = `${ev.clientY + 14}px`;
  }

  hideTip() { this.tipFor = null; if (this.tooltip) this.tooltip.hidden = true; }

  /** Saves the whole drawing as a PNG file. */
  exportPng(filename) {
    const blob = this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    saveBlob(blob, filename);
    return blob;
  }

  destroy() { this.hideTip(); this.cy.destroy(); }
}

/** Ids on the black list on asOf (the API's list, not a guess): at most a few pages. */
const blackCache = new Map();
export function blacklistedOn(asOf) {
  if (!blackCache.has(asOf)) {
    const p = (async () => {
      const ids = new Set();
      for (let page = 0; page < 10; page++) {
        const res = await api('/lists/black', { query: { asOf, page, size: 1000 } });
        (res.items || []).forEach((i) => ids.add(i.partyId));
        if ((page + 1) * (res.size || 1000) >= res.total || !(res.items || []).length) break;
      }
      return ids;
    })();
    p.catch(() => blackCache.delete(asOf));
    blackCache.set(asOf, p);
  }
  return blackCache.get(asOf).catch(() => new Set());
}

/** Alert counts per entity id from the fraud module; empty when it is absent or forbidden. */
let alertsPromise;
export function alertCounts() {
  if (!alertsPromise) {
    alertsPromise = api('/fraud/alerts', { query: { size: 1000 } }).then((res) => {
      const m = new Map();
      for (const a of res.items || []) for (const id of a.entityIds || []) m.set(id, (m.get(id) || 0) + 1);
      return m;
    }).catch(() => { alertsPromise = null; return new Map(); });
  }
  return alertsPromise;
}

/** "same as 0.98" (MATCH), "same as? 0.62" (POSSIBLE), "not same" (REJECTED), "same as ✓" (CONFIRMED). */
export function sameAsLabel(p = {}) {
  const score = typeof p.score === 'number' ? p.score.toFixed(2) : '';
  switch (p.decision) {
    case 'POSSIBLE': return t('common.same-as-possible', { score });
    case 'REJECTED': return t('common.same-as-rejected');
    case 'CONFIRMED': return t('common.same-as-confirmed');
    default: return t('common.same-as-score', { score });
  }
}

/** A weight in bits with its sign: +12.4, −3.1. */
export function signed(w) {
  if (typeof w !== 'number') return fmt(w);
  return (w > 0 ? '+' : w < 0 ? '−' : '') + Math.abs(w).toFixed(1);
}
