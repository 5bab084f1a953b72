// Rings and alerts from the fraud module: ranked lists; one ring or alert with its evidence
// subgraph and claims; opening a case from it.
import { api, optional, entity, mapLimit } from '../api.js';
import { h, note, errorNote, unavailable, routeQuery, go, table, fmt, today, propertyLabel, propertyValue, localLabel, when } from '../util.js';
import { GraphView, legend, blacklistedOn, alertCounts } from '../graph.js';
import { t, has, enumLabel, fmtNumber, loadMessages } from '../i18n.js';
import { addToCase } from './cases.js';
import { alertSummary } from '../prose.js';

await loadMessages('fraud');

const KINDS = ['REPEAT_CLAIM', 'INSURE_AFTER_LOSS', 'FAKE_POLICY', 'FICTITIOUS_BUSINESS', 'RING'];

export async function fraudView(el) {
  const q = routeQuery();
  const kind = h('select', { id: 'alert-kind' }, h('option', { value: '' }, t('fraud.any-kind')), KINDS.map((k) => h('option', { value: k, selected: q.get('kind') === k }, enumLabel('AlertKind', k))));
  const minScore = h('input', { type: 'number', id: 'alert-min', min: 0, max: 1, step: 0.05, value: q.get('minScore') || '' });
  const filter = h('form', { class: 'inline', 'aria-label': t('fraud.filter-form') },
    h('label', { for: 'alert-kind' }, t('fraud.kind'), kind), h('label', { for: 'alert-min' }, t('fraud.min-score'), minScore),
    h('button', { type: 'submit', class: 'secondary' }, t('fraud.filter')));
  filter.addEventListener('submit', (ev) => { ev.preventDefault(); go('/fraud', { kind: kind.value, minScore: minScore.value }); });
  const scan = h('button', { type: 'button', id: 'fraud-scan', class: 'secondary' }, t('fraud.scan'));
  const scanOut = h('span', { class: 'muted', 'aria-live': 'polite' });
  scan.addEventListener('click', async () => {
    scan.disabled = true;
    scanOut.textContent = t('fraud.scanning');
    try {
      const r = await api('/fraud/scans', { method: 'POST' });
      scanOut.textContent = t('fraud.scanned', { id: r.scanId ?? '', found: Object.entries(r.alerts || {}).map(([k, v]) => `${fmtNumber(v)} ${enumLabel('AlertKind', k)}`).join(t('fraud.list-sep')) || t('fraud.nothing'), ms: fmtNumber(r.tookMs) });
      go('/fraud', { kind: kind.value, minScore: minScore.value, t: Date.now() });
    } catch (e) { scanOut.textContent = ''; scanOut.append(errorNote(e)); } finally { scan.disabled = false; }
  });
  const rings = h('section', { class: 'panel', id: 'rings', 'aria-labelledby': 'h-rings' }, h('h2', { id: 'h-rings' }, t('fraud.rings')));
  const alerts = h('section', { class: 'panel', id: 'alerts', 'aria-labelledby': 'h-alerts' }, h('h2', { id: 'h-alerts' }, t('fraud.alerts')), filter);
  el.append(h('h1', null, t('fraud.title')), h('p', { class: 'controls' }, scan, scanOut), h('div', { class: 'grid2' }, rings, alerts));

  const [r, a] = await Promise.all([
    optional('/fraud/rings', { query: { size: 1000 } }).catch((e) => ({ failed: e })),
    optional('/fraud/alerts', { query: { kind: q.get('kind'), minScore: q.get('minScore'), size: 1000 } }).catch((e) => ({ failed: e })),
  ]);
  if (r.failed) rings.append(errorNote(r.failed));
  else if (!r.data) rings.append(unavailable(t('fraud.rings'), r.error));
  else {
    const items = [...(r.data.items || [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
    rings.append(items.length ? table([
      { title: '#', cell: (_, i) => '' },
      { title: t('fraud.col-ring'), cell: (x) => h('a', { href: `#/fraud/ring/${encodeURIComponent(x.id)}`, class: 'ring-link' }, x.id) },
      { title: t('fraud.col-score'), cell: (x) => fmt(x.score) },
      { title: t('fraud.col-members'), cell: (x) => fmtNumber((x.memberIds || []).length) },
      { title: t('fraud.col-claims'), cell: (x) => fmtNumber((x.claimIds || []).length) },
      { title: t('fraud.col-summary'), cell: (x) => alertSummary('RING', x.evidence, { class: 'alert-summary' }) },
    ], items, { caption: t('fraud.rings-caption') }) : note(t('fraud.no-ring')));
    numberRows(rings);
  }
  if (a.failed) alerts.append(errorNote(a.failed));
  else if (!a.data) alerts.append(unavailable(t('fraud.alerts'), a.error));
  else {
    const items = [...(a.data.items || [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
    alerts.append(items.length ? table([
      { title: '#', cell: () => '' },
      { title: t('fraud.col-alert'), cell: (x) => h('a', { href: `#/fraud/alert/${encodeURIComponent(x.id)}`, class: 'alert-link' }, x.id) },
      { title: t('fraud.kind'), cell: (x) => enumLabel('AlertKind', x.kind) },
      { title: t('fraud.col-score'), cell: (x) => fmt(x.score) },
      { title: t('fraud.col-entities'), cell: (x) => fmtNumber((x.entityIds || []).length) },
      { title: t('fraud.col-summary'), cell: (x) => alertSummary(x.kind, x.evidence, { class: 'alert-summary' }) },
    ], items, { caption: t('fraud.alerts-caption') }) : note(t('fraud.no-alert')));
    numberRows(alerts);
  }
}

function numberRows(section) {
  section.querySelectorAll('tbody tr').forEach((tr, i) => { tr.firstChild.textContent = String(i + 1); });
}

export async function ringView(el, id) {
  el.append(h('p', null, h('a', { href: '#/fraud' }, t('fraud.back'))), h('h1', null, t('fraud.ring-title', { id })));
  const { data, error } = await optional('/fraud/rings', { query: { size: 1000 } });
  const ring = (data?.items || []).find((r) => r.id === id);
  if (!data) { el.append(unavailable(t('fraud.rings'), error)); return undefined; }
  if (!ring) { el.append(note(t('fraud.no-such-ring', { id }), 'error')); return undefined; }
  return evidenceView(el, { kind: 'RING', id, score: ring.score, evidence: ring.evidence, partyIds: ring.memberIds || [], claimIds: ring.claimIds || [], ring });
}

export async function alertView(el, id) {
  el.append(h('p', null, h('a', { href: '#/fraud' }, t('fraud.back'))), h('h1', null, t('fraud.alert-title', { id })));
  const { data: alert, error } = await optional(`/fraud/alerts/${encodeURIComponent(id)}`);
  if (!alert) {
    el.append(error?.status === 404 && error.problem?.type && !error.problem.type.endsWith('/not-found')
      ? note(t('fraud.no-such-alert', { id }), 'error') : unavailable(t('fraud.alerts'), error));
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
  el.append(h('p', null, h('span', { class: 'badge warn' }, enumLabel('AlertKind', kind)), ' ',
    t('fraud.evidence-line', { score: fmt(score), parties: fmtNumber(partyIds.length), claims: fmtNumber(claimIds.length) })));
  el.append(h('p', { id: 'evidence-summary' }, alertSummary(kind, evidence)));
  const caseOut = h('div', { id: 'case-result', 'aria-live': 'polite' });
  const caseBtn = h('button', { type: 'button', id: 'open-case' }, t('fraud.open-case'));
  el.append(h('p', { class: 'controls' }, caseBtn), caseOut);
  // or add it to a case already open (the widget belongs to the cases view)
  el.append(addToCase({ kind: ring ? 'RING' : 'ALERT', id }));
  caseBtn.addEventListener('click', async () => {
    caseBtn.disabled = true;
    try {
      // a ring is its RING alert: a case is opened on alert ids
      const body = { title: ring ? t('fraud.ring-title', { id }) : t('fraud.case-title', { kind: enumLabel('AlertKind', kind), id }), alertIds: [id] };
      const c = await api('/fraud/cases', { method: 'POST', body });
      caseOut.replaceChildren(note(t('fraud.case-opened', { id: c.id ?? '', status: c.status ? ` (${enumLabel('CaseStatus', c.status)})` : '', alerts: (c.alertIds || [id]).join(', ') })));
      if (c.id) caseOut.append(h('p', null, h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, id: 'opened-case', class: 'mono' }, c.id)));
    } catch (e) {
      caseOut.replaceChildren(e.unavailable ? unavailable(t('fraud.cases'), e) : errorNote(e));
      caseBtn.disabled = false;
    }
  });
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': t('fraud.drawing') });
  const evidencePanel = h('section', { class: 'panel', 'aria-labelledby': 'h-evidence' }, h('h2', { id: 'h-evidence' }, t('fraud.evidence')), evidenceList(withoutSummary(evidence)));
  const claimsPanel = h('section', { class: 'panel', id: 'evidence-claims', 'aria-labelledby': 'h-claims' }, h('h2', { id: 'h-claims' }, t('fraud.claims-count', { n: fmtNumber(claimIds.length) })));
  const partiesPanel = h('section', { class: 'panel', id: 'evidence-parties', 'aria-labelledby': 'h-parties' }, h('h2', { id: 'h-parties' }, t('fraud.parties')));
  const partiesLoading = note(t('common.loading'));
  const claimsLoading = note(t('common.loading'));
  claimsPanel.append(claimsLoading);
  partiesPanel.append(partiesLoading);
  const drawing = h('p', { id: 'evidence-info', class: 'muted', 'aria-live': 'polite' }, t('fraud.loading-neighbourhoods', { n: fmtNumber(named.length) }));
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
  drawing.textContent = t('fraud.drawn', { nodes: fmtNumber(view.cy.nodes().length), named: fmtNumber(named.length) });
  container.dataset.ready = 'true';
  Promise.all([blacklistedOn(asOf), alertCounts()]).then(([b, a]) => { view.mark({ blacklisted: b, alerts: a }); container.dataset.marked = 'true'; });

  const claims = await mapLimit(claimIds, 4, entity);
  const claimsTable = table([
    { title: t('fraud.col-claim'), cell: (c) => h('a', { href: `#/party/${encodeURIComponent(c.id)}` }, c.id) },
    { title: t('fraud.col-incident'), cell: (c) => when(c.properties?.incidentDate) },
    { title: t('fraud.col-amount'), cell: (c) => fmt(c.properties?.amount) },
    { title: t('fraud.col-cause'), cell: (c) => enumLabel('ClaimCause', c.properties?.cause) || '—' },
    { title: t('fraud.col-status'), cell: (c) => enumLabel('ClaimStatus', c.properties?.status) || '—' },
  ], claims.filter((c) => c && !c.error), { caption: t('fraud.claims') });
  claimsTable.id = 'claims-table';
  claimsLoading.replaceWith(claimIds.length ? claimsTable : note(t('fraud.no-claim')));
  const parties = await mapLimit(partyIds, 4, entity);
  partiesLoading.replaceWith(h('ul', null, parties.filter((p) => p && !p.error).map((p) => h('li', null, h('a', { href: `#/party/${encodeURIComponent(p.id)}`, translate: 'no' }, localLabel(p.type, p.label) || p.id), ` `, h('span', { class: 'type' }, enumLabel('EntityType', p.type))))));
  return () => view.destroy();
}

const SUMMARY = new Set(['summary', 'summaryCode', 'summaryArgs']);

/** The evidence below its summary, which the page shows worded above it. */
function withoutSummary(evidence) {
  if (!evidence || typeof evidence !== 'object') return evidence;
  return Object.fromEntries(Object.entries(evidence).filter(([k]) => !SUMMARY.has(k)));
}

function evidenceList(evidence) {
  if (evidence === null || evidence === undefined) return note(t('fraud.no-evidence'));
  if (typeof evidence !== 'object') return h('p', null, String(evidence));
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of Object.entries(evidence)) dl.append(h('dt', null, evidenceKey(k)), h('dd', null, evidenceValue(v, k)));
  return dl;
}

/** Nested objects as nested lists, lists of objects (claims, concentrations) as tables, never raw JSON. */
function evidenceValue(v, key) {
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'muted' }, t('common.none'));
    if (v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      const keys = [...new Set(v.flatMap((x) => Object.keys(x)))];
      const tbl = table(keys.map((k) => ({ title: evidenceKey(k), cell: (x) => evidenceCell(x[k], k) })), v);
      tbl.classList.add('compact');
      return h('div', { class: 'scroll-x' }, tbl);
    }
    return v.map((x) => evidenceCell(x, key)).reduce((acc, x, i) => (i ? [...acc, ', ', x] : [x]), []);
  }
  if (v && typeof v === 'object') return evidenceList(v);
  return evidenceCell(v, key);
}

/** An evidence member's name: a property of the model ("amount") or a detector's own term. */
function evidenceKey(k) {
  return has(`fraud.evidence.${k}`) ? t(`fraud.evidence.${k}`) : propertyLabel(k);
}

/** Enum constants in evidence (a claim's status, an identifier's kind…) shown with their labels. */
function evidenceCell(v, key) {
  // prose a detector writes (a ring's summary) is the server's English: marked as such
  if (typeof v === 'string' && /[a-z]{2,} [a-z]{2,}/.test(v)) return h('span', { lang: 'en' }, v);
  // a seller's type is an entity type (Practitioner, Intermediary)
  if (typeof v === 'string' && key === 'sellerType' && has(`enum.EntityType.${v}`)) return enumLabel('EntityType', v);
  // the value a repeat claim's SAME_CLAIMANT_CAUSE pair shares: the claimant and the cause
  const claimantCause = typeof v === 'string' && key === 'value' ? /^(\S+) ([A-Z][A-Z_]+)$/.exec(v) : null;
  if (claimantCause && has(`enum.ClaimCause.${claimantCause[2]}`)) {
    return [evidenceRaw(claimantCause[1]), ' ', enumLabel('ClaimCause', claimantCause[2])];
  }
  if (typeof v === 'string' && key && !/^[A-Z]{3}\d{7,10}$/.test(v) && /^[A-Z][A-Z0-9_]+$/.test(v)) {
    const label = propertyValue(null, key, v);
    if (label !== v) return label;
    for (const type of ['FraudReason', 'AlertKind', 'IdentifierKind', 'ClaimStatus', 'ClaimCause', 'PolicyStatus', 'AffiliationRole', 'ClaimPartyRole', 'RelationshipType', 'ProfessionalRole']) {
      if (has(`enum.${type}.${v}`)) return enumLabel(type, v);
    }
  }
  return evidenceRaw(v);
}

function evidenceRaw(v) {
  if (typeof v === 'string' && /^[A-Z]{3}\d{7,10}$/.test(v)) return h('a', { href: `#/party/${encodeURIComponent(v)}` }, v);
  if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
    return v.map((x) => h('div', null, Object.entries(x).map(([k, y]) => (typeof y === 'string' ? evidenceCell(y, k) : fmt(y)))
      .reduce((acc, y, i) => (i ? [...acc, ' ', y] : [y]), [])));
  }
  if (Array.isArray(v) || (v && typeof v === 'object')) return evidenceValue(v);
  return fmt(v);
}
