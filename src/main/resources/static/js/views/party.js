// A party (or any entity): properties, credit, restrictions, sanctions and records, fraud, audit.
import { api, optional, entity, mapLimit } from '../api.js';
import { h, clear, note, errorNote, unavailable, props, table, pathView, partyLink, fmt, instant, today, routeQuery, go } from '../util.js';
import { blacklistedOn } from '../graph.js';
import { sameAsPanel, loadSameAs } from './sameas.js';
import { dueProcessPanel } from './regulator.js';

const PARTY_TYPES = new Set(['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']);

export async function partyView(el, [id]) {
  if (!id) { go('/search'); return; }
  const q = routeQuery();
  const asOf = q.get('asOf') || today();
  const head = h('div');
  el.append(head);
  let e;
  try {
    e = await entity(id);
  } catch (err) {
    head.append(h('h1', null, id), errorNote(err));
    return;
  }
  const isParty = PARTY_TYPES.has(e.type);
  const asOfInput = h('input', { type: 'date', id: 'party-asof', value: asOf });
  const asOfForm = h('form', { class: 'inline', 'aria-label': 'Date of the view' },
    h('label', { for: 'party-asof' }, 'As of', asOfInput), h('button', { type: 'submit', class: 'secondary' }, 'Apply'));
  asOfForm.addEventListener('submit', (ev) => { ev.preventDefault(); go(`/party/${encodeURIComponent(id)}`, { asOf: asOfInput.value }); });
  const flags = h('span', { id: 'party-flags' });
  head.append(
    h('div', { class: 'type' }, e.type),
    h('h1', { id: 'party-title' }, e.label || id, ' ', flags),
    h('p', { class: 'controls' },
      h('span', { class: 'mono' }, id),
      h('a', { href: `#/graph/${encodeURIComponent(id)}?asOf=${asOf}` }, 'Link graph'),
      h('a', { href: `#/paths?from=${encodeURIComponent(id)}` }, 'Find paths from here'),
      isParty ? h('a', { href: `#/impact?subjectId=${encodeURIComponent(id)}` }, 'What-if sanction') : null,
      asOfForm));

  const left = h('div');
  const right = h('div');
  el.append(h('div', { class: 'grid2' }, left, right));

  const propsPanel = h('section', { class: 'panel', 'aria-labelledby': 'h-props' }, h('h2', { id: 'h-props' }, 'Properties'), props(e.properties));
  if (e.relationships && Object.keys(e.relationships).length) {
    propsPanel.append(h('h3', null, 'Relationships'), h('p', null, Object.entries(e.relationships).map(([k, v]) => h('span', { class: 'badge' }, `${k} ${v}`))));
  }
  left.append(propsPanel);

  const credit = h('section', { class: 'panel', id: 'party-credit', 'aria-labelledby': 'h-credit' }, h('h2', { id: 'h-credit' }, 'Credit'));
  const restrictions = h('section', { class: 'panel', id: 'party-restrictions', 'aria-labelledby': 'h-restr' }, h('h2', { id: 'h-restr' }, 'Restrictions in force'));
  const sanctions = h('section', { class: 'panel', id: 'party-sanctions', 'aria-labelledby': 'h-sanc' }, h('h2', { id: 'h-sanc' }, 'Sanctions and records'));
  const fraud = h('section', { class: 'panel', id: 'party-fraud', 'aria-labelledby': 'h-fraud' }, h('h2', { id: 'h-fraud' }, 'Alerts and rings'));
  const audit = h('section', { class: 'panel', id: 'party-audit', 'aria-labelledby': 'h-audit' }, h('h2', { id: 'h-audit' }, 'Who looked at it (audit)'));
  const sameAs = sameAsPanel();
  if (isParty) {
    right.append(credit, restrictions, sameAs, fraud);
    left.append(sanctions, audit);
  } else {
    right.append(fraud, audit);
  }
  if (isParty) sanctions.after(dueProcessPanel(id));

  const guard = (panel, job) => job.catch((err) => panel.append(errorNote(err)));
  const jobs = [
    isParty && guard(credit, loadCredit(credit, id, e, asOf)),
    isParty && loadRestrictions(restrictions, id, asOf),
    isParty && guard(sanctions, loadSanctions(sanctions, id, asOf)),
    isParty && guard(sameAs, loadSameAs(sameAs, id, e)),
    guard(fraud, loadFraud(fraud, id)),
    guard(audit, loadAudit(audit, id)),
    isParty && blacklistedOn(asOf).then((ids) => { if (ids.has(id)) flags.append(h('span', { class: 'badge red', id: 'party-blacklisted' }, 'black list')); }),
  ].filter(Boolean);
  await Promise.allSettled(jobs);
}

async function loadCredit(panel, id, e, asOf) {
  const { data, error } = await optional(`/credit/scores/${encodeURIComponent(id)}`, { query: { asOf } });
  if (!data) {
    if (e.credit) panel.append(scoreLine(e.credit));
    panel.append(unavailable('Credit score factors', error));
    return;
  }
  panel.append(scoreLine(data), h('p', { class: 'muted' }, `as of ${data.asOf || asOf}`));
  const factors = data.factors || [];
  if (!factors.length) { panel.append(note('No factor contributes to this score.')); return; }
  const max = Math.max(...factors.map((f) => Math.abs(f.contribution || 0)), 1e-9);
  const bars = h('div', { class: 'bars', role: 'list', 'aria-label': 'Score factors' });
  for (const f of factors) {
    const c = f.contribution || 0;
    const pct = (Math.abs(c) / max) * 50;
    bars.append(
      h('div', { role: 'listitem' }, h('strong', null, f.name), f.detail ? h('div', { class: 'muted' }, f.detail) : null),
      h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: c >= 0 ? 'pos' : 'neg', style: `width:${pct}%` })),
      h('div', { class: 'mono' }, (c > 0 ? '+' : '') + fmt(c)));
  }
  panel.append(bars);
}

function scoreLine(c) {
  return h('p', null, h('span', { class: 'score', id: 'credit-score' }, fmt(c.score)), ' ', h('span', { class: 'badge' }, `grade ${c.grade ?? '—'}`));
}

async function loadRestrictions(panel, id, asOf) {
  let res;
  try { res = await optional(`/entities/${encodeURIComponent(id)}/restrictions`, { query: { asOf } }); } catch (e) { panel.append(errorNote(e)); return; }
  const { data, error } = res;
  if (!data) { panel.append(unavailable('Restrictions', error)); return; }
  const list = data.restrictions || [];
  if (!list.length) { panel.append(note(`No measure in force on ${data.asOf || asOf}.`)); return; }
  panel.append(table([
    { title: 'Measure', cell: (r) => [h('strong', null, r.measure), r.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null] },
    { title: 'Rule', cell: (r) => r.rule },
    { title: 'Sanction', cell: (r) => h('a', { href: `#/sanction/${encodeURIComponent(r.sanctionId)}?asOf=${asOf}` }, r.sanctionId) },
    { title: 'Path', cell: (r) => pathView(r.path || []) },
    { title: 'Partner measures', cell: (r) => (r.partnerMeasures || []).map((m) => h('div', null, `${m.department}: ${(m.restrictions || []).join('; ')}`)) },
  ], list, { caption: 'Restrictions in force' }));
}

async function loadSanctions(panel, id, asOf) {
  let net;
  try {
    net = await api(`/entities/${encodeURIComponent(id)}/network`, { query: { depth: 1, asOf } });
  } catch (e) { panel.append(errorNote(e)); return; }
  const sanctionIds = net.nodes.filter((n) => n.type === 'Sanction').map((n) => n.id);
  const recordIds = net.nodes.filter((n) => n.type === 'CreditRecord').map((n) => n.id);
  if (!sanctionIds.length && !recordIds.length) { panel.append(note('No sanction and no credit record.')); return; }
  const [sans, recs] = await Promise.all([mapLimit(sanctionIds, 4, entity), mapLimit(recordIds, 4, entity)]);
  if (sans.length) {
    panel.append(h('h3', null, `Sanctions (${sans.length})`), table([
      { title: 'Sanction', cell: (s) => h('a', { href: `#/sanction/${encodeURIComponent(s.id)}?asOf=${asOf}`, title: 'propagation' }, s.id) },
      { title: 'Kind', cell: (s) => [s.properties?.kind, s.properties?.blacklist ? h('span', { class: 'badge black' }, 'blacklist') : null,
        s.properties?.withdrawn ? h('span', { class: 'badge' }, 'withdrawn') : null, s.properties?.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null] },
      { title: 'Severity', cell: (s) => fmt(s.properties?.severity) },
      { title: 'Authority', cell: (s) => fmt(s.properties?.authority) },
      { title: 'In force', cell: (s) => `${fmt(s.properties?.effectiveFrom)} – ${s.properties?.effectiveTo || 'open'}` },
      { title: 'Reason', cell: (s) => fmt(s.properties?.reason) },
    ], sans.filter((s) => !s.error), { caption: 'Sanctions' }));
  }
  if (recs.length) {
    panel.append(h('h3', null, `Credit records (${recs.length})`), table([
      { title: 'Record', cell: (r) => h('span', { class: 'mono' }, r.id) },
      { title: 'Kind', cell: (r) => [r.properties?.kind, r.properties?.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null] },
      { title: 'Date', cell: (r) => fmt(r.properties?.date) },
      { title: 'Severity', cell: (r) => fmt(r.properties?.severity) },
      { title: 'Detail', cell: (r) => fmt(r.properties?.detail) },
    ], recs.filter((r) => !r.error), { caption: 'Credit records' }));
  }
}

async function loadFraud(panel, id) {
  const [alerts, rings] = await Promise.all([optional('/fraud/alerts', { query: { size: 1000 } }), optional('/fraud/rings', { query: { size: 1000 } })]);
  if (!alerts.data && !rings.data) { panel.append(unavailable('Fraud alerts and rings', alerts.error || rings.error)); return; }
  const mine = (alerts.data?.items || []).filter((a) => (a.entityIds || []).includes(id));
  const myRings = (rings.data?.items || []).filter((r) => (r.memberIds || []).includes(id) || (r.claimIds || []).includes(id));
  if (alerts.data) {
    panel.append(h('h3', null, `Alerts (${mine.length})`), mine.length
      ? h('ul', null, mine.map((a) => h('li', null, h('a', { href: `#/fraud/alert/${encodeURIComponent(a.id)}` }, `${a.kind} · ${a.id}`), ` score ${fmt(a.score)}`)))
      : note('In no alert.'));
  }
  if (rings.data) {
    panel.append(h('h3', null, `Rings (${myRings.length})`), myRings.length
      ? h('ul', null, myRings.map((r) => h('li', null, h('a', { href: `#/fraud/ring/${encodeURIComponent(r.id)}` }, r.id), ` score ${fmt(r.score)}, ${(r.memberIds || []).length} members`)))
      : note('In no ring.'));
  }
}

async function loadAudit(panel, id) {
  const { data, error } = await optional('/audit', { query: { entityId: id } });
  if (!data) {
    panel.append(error?.status === 403 ? note('The audit log is shown to regulators and administrators.', 'warn') : unavailable('Audit log', error));
    return;
  }
  const items = data.items || [];
  if (!items.length) { panel.append(note('No read of this entity is recorded.')); return; }
  panel.append(table([
    { title: 'When', cell: (a) => instant(a.at) },
    { title: 'Who', cell: (a) => [a.actor, ' ', h('span', { class: 'badge' }, a.role)] },
    { title: 'Action', cell: (a) => fmt(a.action) },
    { title: 'Purpose', cell: (a) => fmt(a.purpose) },
  ], items.slice(0, 200), { caption: 'Audit entries' }));
}

