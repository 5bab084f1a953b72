// Rings and alerts from the fraud module: ranked lists; one ring or alert with its evidence
// subgraph and claims; opening a case from it.
import { api, optional, entity, mapLimit } from '../api.js';
import { h, note, errorNote, unavailable, routeQuery, go, table, fmt, today } from '../util.js';
import { GraphView, legend, blacklistedOn, alertCounts } from '../graph.js';

const KINDS = ['REPEAT_CLAIM', 'INSURE_AFTER_LOSS', 'FAKE_POLICY', 'FICTITIOUS_BUSINESS', 'RING'];

export async function fraudView(el) {
  const q = routeQuery();
  const kind = h('select', { id: 'alert-kind' }, h('option', { value: '' }, 'any kind'), KINDS.map((k) => h('option', { value: k, selected: q.get('kind') === k }, k)));
  const minScore = h('input', { type: 'number', id: 'alert-min', min: 0, max: 1, step: 0.05, value: q.get('minScore') || '' });
  const filter = h('form', { class: 'inline', 'aria-label': 'Filter alerts' },
    h('label', { for: 'alert-kind' }, 'Kind', kind), h('label', { for: 'alert-min' }, 'Min score', minScore),
    h('button', { type: 'submit', class: 'secondary' }, 'Filter'));
  filter.addEventListener('submit', (ev) => { ev.preventDefault(); go('/fraud', { kind: kind.value, minScore: minScore.value }); });
  const scan = h('button', { type: 'button', id: 'fraud-scan', class: 'secondary' }, 'Run detectors now');
  const scanOut = h('span', { class: 'muted', 'aria-live': 'polite' });
  scan.addEventListener('click', async () => {
    scan.disabled = true;
    scanOut.textContent = 'Scanning…';
    try {
      const r = await api('/fraud/scans', { method: 'POST' });
      scanOut.textContent = `Scan ${r.scanId ?? ''} found ${Object.entries(r.alerts || {}).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing'} in ${r.tookMs} ms`;
      go('/fraud', { kind: kind.value, minScore: minScore.value, t: Date.now() });
    } catch (e) { scanOut.textContent = ''; scanOut.append(errorNote(e)); } finally { scan.disabled = false; }
  });
  const rings = h('section', { class: 'panel', id: 'rings', 'aria-labelledby': 'h-rings' }, h('h2', { id: 'h-rings' }, 'Rings'));
  const alerts = h('section', { class: 'panel', id: 'alerts', 'aria-labelledby': 'h-alerts' }, h('h2', { id: 'h-alerts' }, 'Alerts'), filter);
  el.append(h('h1', null, 'Rings and alerts'), h('p', { class: 'controls' }, scan, scanOut), h('div', { class: 'grid2' }, rings, alerts));

  const [r, a] = await Promise.all([
    optional('/fraud/rings', { query: { size: 1000 } }).catch((e) => ({ failed: e })),
    optional('/fraud/alerts', { query: { kind: q.get('kind'), minScore: q.get('minScore'), size: 1000 } }).catch((e) => ({ failed: e })),
  ]);
  if (r.failed) rings.append(errorNote(r.failed));
  else if (!r.data) rings.append(unavailable('Rings', r.error));
  else {
    const items = [...(r.data.items || [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
    rings.append(items.length ? table([
      { title: '#', cell: (_, i) => '' },
      { title: 'Ring', cell: (x) => h('a', { href: `#/fraud/ring/${encodeURIComponent(x.id)}`, class: 'ring-link' }, x.id) },
      { title: 'Score', cell: (x) => fmt(x.score) },
      { title: 'Members', cell: (x) => (x.memberIds || []).length },
      { title: 'Claims', cell: (x) => (x.claimIds || []).length },
    ], items, { caption: 'Rings by score' }) : note('No ring found (run the detectors first).'));
    numberRows(rings);
  }
  if (a.failed) alerts.append(errorNote(a.failed));
  else if (!a.data) alerts.append(unavailable('Alerts', a.error));
  else {
    const items = [...(a.data.items || [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
    alerts.append(items.length ? table([
      { title: '#', cell: () => '' },
      { title: 'Alert', cell: (x) => h('a', { href: `#/fraud/alert/${encodeURIComponent(x.id)}`, class: 'alert-link' }, x.id) },
      { title: 'Kind', cell: (x) => x.kind },
      { title: 'Score', cell: (x) => fmt(x.score) },
      { title: 'Entities', cell: (x) => (x.entityIds || []).length },
    ], items, { caption: 'Alerts by score' }) : note('No alert matches.'));
    numberRows(alerts);
  }
}

function numberRows(section) {
  section.querySelectorAll('tbody tr').forEach((tr, i) => { tr.firstChild.textContent = String(i + 1); });
}

export async function ringView(el, id) {
  el.append(h('p', null, h('a', { href: '#/fraud' }, '← Rings and alerts')), h('h1', null, `Ring ${id}`));
  const { data, error } = await optional('/fraud/rings', { query: { size: 1000 } });
  const ring = (data?.items || []).find((r) => r.id === id);
  if (!data) { el.append(unavailable('Rings', error)); return undefined; }
  if (!ring) { el.append(note(`No ring ${id} in the current results.`, 'error')); return undefined; }
  return evidenceView(el, { kind: 'RING', id, score: ring.score, evidence: ring.evidence, partyIds: ring.memberIds || [], claimIds: ring.claimIds || [], ring });
}

export async function alertView(el, id) {
  el.append(h('p', null, h('a', { href: '#/fraud' }, '← Rings and alerts')), h('h1', null, `Alert ${id}`));
  const { data: alert, error } = await optional(`/fraud/alerts/${encodeURIComponent(id)}`);
  if (!alert) {
    el.append(error?.status === 404 && error.problem?.type && !error.problem.type.endsWith('/not-found')
      ? note(`No alert ${id}.`, 'error') : unavailable('Alerts', error));
    return undefined;
  }
  const ids = alert.entityIds || [];
  const typed = await mapLimit(ids, 4, entity);
  const claimIds = ids.filter((_, i) => typed[i]?.type === 'Claim');
  return evidenceView(el, { kind: alert.kind, id, score: alert.score, evidence: alert.evidence, partyIds: ids.filter((x) => !claimIds.includes(x)), claimIds, alert });
}

/**
 * The evidence subgraph: the named entities, and every node that links two or more of them
 * (a shared phone, garage or policy), from their depth-1 neighbourhoods.
 */
async function evidenceView(el, { kind, id, score, evidence, partyIds, claimIds, ring, alert }) {
  const named = [...new Set([...partyIds, ...claimIds])];
  el.append(h('p', null, h('span', { class: 'badge warn' }, kind), ` score ${fmt(score)} · ${partyIds.length} parties or objects · ${claimIds.length} claims`));
  const caseOut = h('div', { id: 'case-result', 'aria-live': 'polite' });
  const caseBtn = h('button', { type: 'button', id: 'open-case' }, 'Open a case');
  el.append(h('p', { class: 'controls' }, caseBtn), caseOut);
  caseBtn.addEventListener('click', async () => {
    caseBtn.disabled = true;
    try {
      // a ring is its RING alert: a case is opened on alert ids
      const body = { title: ring ? `Ring ${id}` : `${kind} alert ${id}`, alertIds: [id] };
      const c = await api('/fraud/cases', { method: 'POST', body });
      caseOut.replaceChildren(note(`Case ${c.id ?? ''} opened${c.status ? ` (${c.status})` : ''} on ${(c.alertIds || [id]).join(', ')}.`));
      if (c.id) caseOut.append(h('p', null, h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, id: 'opened-case', class: 'mono' }, c.id)));
    } catch (e) {
      caseOut.replaceChildren(e.unavailable ? unavailable('Cases', e) : errorNote(e));
      caseBtn.disabled = false;
    }
  });
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': 'Evidence subgraph; the tables give the same' });
  const evidencePanel = h('section', { class: 'panel', 'aria-labelledby': 'h-evidence' }, h('h2', { id: 'h-evidence' }, 'Evidence'), evidenceList(evidence));
  const claimsPanel = h('section', { class: 'panel', id: 'evidence-claims', 'aria-labelledby': 'h-claims' }, h('h2', { id: 'h-claims' }, `Claims (${claimIds.length})`));
  const partiesPanel = h('section', { class: 'panel', id: 'evidence-parties', 'aria-labelledby': 'h-parties' }, h('h2', { id: 'h-parties' }, 'Parties'));
  const partiesLoading = note('Loading…');
  const claimsLoading = note('Loading…');
  claimsPanel.append(claimsLoading);
  partiesPanel.append(partiesLoading);
  const drawing = h('p', { id: 'evidence-info', class: 'muted', 'aria-live': 'polite' }, `Loading the neighbourhoods of ${named.length} entities…`);
  el.append(legend(), drawing, container, h('div', { class: 'grid2' }, claimsPanel, partiesPanel), evidencePanel);

  const asOf = today();
  const nets = await mapLimit(named, 3, (n) => api(`/entities/${encodeURIComponent(n)}/network`, { query: { depth: 1, asOf } }));
  const namedSet = new Set(named);
  const touches = new Map();
  const allNodes = new Map();
  const allEdges = new Map();
  nets.forEach((net, i) => {
    if (!net || net.error) return;
    for (const n of net.nodes) {
      allNodes.set(n.id, n);
      if (!touches.has(n.id)) touches.set(n.id, new Set());
      touches.get(n.id).add(named[i]);
    }
    for (const e of net.edges) allEdges.set(`${e.source}|${e.type}|${e.target}`, e);
  });
  const keep = new Set([...allNodes.keys()].filter((n) => namedSet.has(n) || touches.get(n).size >= 2));
  const view = new GraphView(container, { onTap: (n) => go(`/party/${encodeURIComponent(n.id())}`) });
  view.add({ nodes: [...keep].map((k) => allNodes.get(k)), edges: [...allEdges.values()].filter((e) => keep.has(e.source) && keep.has(e.target)) });
  view.cy.nodes().filter((n) => namedSet.has(n.id())).addClass('endpoint');
  view.layout('fcose');
  drawing.textContent = `${view.cy.nodes().length} nodes: the ${named.length} entities it names (amber border) and every node linking two of them`;
  container.dataset.ready = 'true';
  Promise.all([blacklistedOn(asOf), alertCounts()]).then(([b, a]) => { view.mark({ blacklisted: b, alerts: a }); container.dataset.marked = 'true'; });

  const claims = await mapLimit(claimIds, 4, entity);
  const claimsTable = table([
    { title: 'Claim', cell: (c) => h('a', { href: `#/party/${encodeURIComponent(c.id)}` }, c.id) },
    { title: 'Incident', cell: (c) => fmt(c.properties?.incidentDate) },
    { title: 'Amount', cell: (c) => fmt(c.properties?.amount) },
    { title: 'Cause', cell: (c) => fmt(c.properties?.cause) },
    { title: 'Status', cell: (c) => fmt(c.properties?.status) },
  ], claims.filter((c) => c && !c.error), { caption: 'Claims' });
  claimsTable.id = 'claims-table';
  claimsLoading.replaceWith(claimIds.length ? claimsTable : note('No claim.'));
  const parties = await mapLimit(partyIds, 4, entity);
  partiesLoading.replaceWith(h('ul', null, parties.filter((p) => p && !p.error).map((p) => h('li', null, h('a', { href: `#/party/${encodeURIComponent(p.id)}` }, p.label || p.id), ` `, h('span', { class: 'type' }, p.type)))));
  return () => view.destroy();
}

function evidenceList(evidence) {
  if (evidence === null || evidence === undefined) return note('No evidence given.');
  if (typeof evidence !== 'object') return h('p', null, String(evidence));
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of Object.entries(evidence)) dl.append(h('dt', null, k), h('dd', null, evidenceValue(v)));
  return dl;
}

/** Nested objects as nested lists, lists of objects (claims, concentrations) as tables, never raw JSON. */
function evidenceValue(v) {
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'muted' }, 'none');
    if (v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      const keys = [...new Set(v.flatMap((x) => Object.keys(x)))];
      const t = table(keys.map((k) => ({ title: k, cell: (x) => evidenceCell(x[k]) })), v);
      t.classList.add('compact');
      return h('div', { class: 'scroll-x' }, t);
    }
    return v.map((x) => evidenceCell(x)).reduce((acc, x, i) => (i ? [...acc, ', ', x] : [x]), []);
  }
  if (v && typeof v === 'object') return evidenceList(v);
  return fmt(v);
}

function evidenceCell(v) {
  if (typeof v === 'string' && /^[A-Z]{3}\d{7,10}$/.test(v)) return h('a', { href: `#/party/${encodeURIComponent(v)}` }, v);
  if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
    return v.map((x) => h('div', null, Object.values(x).map((y) => (typeof y === 'string' ? evidenceCell(y) : fmt(y)))
      .reduce((acc, y, i) => (i ? [...acc, ' ', y] : [y]), [])));
  }
  return evidenceValue(v);
}
