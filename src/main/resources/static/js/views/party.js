// A party (or any entity): properties, credit, restrictions, sanctions and records, fraud, audit.
import { api, optional, entity, mapLimit } from '../api.js';
import { h, clear, note, errorNote, unavailable, props, table, pathView, partyLink, fmt, instant, today, routeQuery, go, withEnumLabels, localLabel, when, dateRange } from '../util.js';
import { blacklistedOn } from '../graph.js';
import { sameAsPanel, loadSameAs } from './sameas.js';
import { dueProcessPanel } from './regulator.js';
import { factorDetail, partnerMeasure, rulesLegend, alertSummary } from '../prose.js';
import { t, enumLabel, fmtDate, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('party');

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
  const asOfForm = h('form', { class: 'inline', 'aria-label': t('party.asof-form') },
    h('label', { for: 'party-asof' }, t('party.asof'), asOfInput), h('button', { type: 'submit', class: 'secondary' }, t('party.apply')));
  asOfForm.addEventListener('submit', (ev) => { ev.preventDefault(); go(`/party/${encodeURIComponent(id)}`, { asOf: asOfInput.value }); });
  const flags = h('span', { id: 'party-flags' });
  head.append(
    h('div', { class: 'type' }, enumLabel('EntityType', e.type)),
    h('h1', { id: 'party-title' }, localLabel(e.type, e.label) || id, ' ', flags),
    h('p', { class: 'controls' },
      h('span', { class: 'mono' }, id),
      h('a', { href: `#/graph/${encodeURIComponent(id)}?asOf=${asOf}` }, t('party.link-graph')),
      h('a', { href: `#/paths?from=${encodeURIComponent(id)}` }, t('party.find-paths')),
      isParty ? h('a', { href: `#/impact?subjectId=${encodeURIComponent(id)}` }, t('party.what-if')) : null,
      asOfForm));

  const left = h('div');
  const right = h('div');
  el.append(h('div', { class: 'grid2' }, left, right));

  const propsPanel = h('section', { class: 'panel', 'aria-labelledby': 'h-props' }, h('h2', { id: 'h-props' }, t('party.properties')), props(e.properties, e.type));
  if (e.relationships && Object.keys(e.relationships).length) {
    propsPanel.append(h('h3', null, t('party.relationships')), h('p', null, Object.entries(e.relationships).map(([k, v]) => h('span', { class: 'badge' }, `${enumLabel('RelationshipType', k)} ${fmtNumber(v)}`))));
  }
  left.append(propsPanel);

  const credit = h('section', { class: 'panel', id: 'party-credit', 'aria-labelledby': 'h-credit' }, h('h2', { id: 'h-credit' }, t('party.credit')));
  const restrictions = h('section', { class: 'panel', id: 'party-restrictions', 'aria-labelledby': 'h-restr' }, h('h2', { id: 'h-restr' }, t('party.restrictions')));
  const sanctions = h('section', { class: 'panel', id: 'party-sanctions', 'aria-labelledby': 'h-sanc' }, h('h2', { id: 'h-sanc' }, t('party.sanctions-records')));
  const fraud = h('section', { class: 'panel', id: 'party-fraud', 'aria-labelledby': 'h-fraud' }, h('h2', { id: 'h-fraud' }, t('party.alerts-rings')));
  const audit = h('section', { class: 'panel', id: 'party-audit', 'aria-labelledby': 'h-audit' }, h('h2', { id: 'h-audit' }, t('party.audit')));
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
    isParty && blacklistedOn(asOf).then((ids) => { if (ids.has(id)) flags.append(h('span', { class: 'badge red', id: 'party-blacklisted' }, t('party.black-list'))); }),
  ].filter(Boolean);
  await Promise.allSettled(jobs);
}

async function loadCredit(panel, id, e, asOf) {
  const { data, error } = await optional(`/credit/scores/${encodeURIComponent(id)}`, { query: { asOf } });
  if (!data) {
    if (e.credit) panel.append(scoreLine(e.credit));
    panel.append(unavailable(t('party.factors-what'), error));
    return;
  }
  panel.append(scoreLine(data), h('p', { class: 'muted' }, t('party.as-of', { date: fmtDate(data.asOf || asOf) })));
  const factors = data.factors || [];
  if (!factors.length) { panel.append(note(t('party.no-factor'))); return; }
  const max = Math.max(...factors.map((f) => Math.abs(f.contribution || 0)), 1e-9);
  const bars = h('div', { class: 'bars', role: 'list', 'aria-label': t('party.factors') });
  for (const f of factors) {
    const c = f.contribution || 0;
    const pct = (Math.abs(c) / max) * 50;
    bars.append(
      // the detail worded from its code and values in the reader's language
      h('div', { role: 'listitem' }, h('strong', null, enumLabel('CreditFactor', f.name)), factorDetail(f)),
      h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: c >= 0 ? 'pos' : 'neg', style: `width:${pct}%` })),
      h('div', { class: 'mono' }, (c > 0 ? '+' : '') + fmt(c)));
  }
  panel.append(bars);
}

function scoreLine(c) {
  return h('p', null, h('span', { class: 'score', id: 'credit-score' }, fmt(c.score)), ' ', h('span', { class: 'badge' }, t('party.grade', { grade: c.grade ? enumLabel('Grade', c.grade) : '—' })));
}

async function loadRestrictions(panel, id, asOf) {
  let res;
  try { res = await optional(`/entities/${encodeURIComponent(id)}/restrictions`, { query: { asOf } }); } catch (e) { panel.append(errorNote(e)); return; }
  const { data, error } = res;
  if (!data) { panel.append(unavailable(t('party.restrictions-what'), error)); return; }
  const list = data.restrictions || [];
  if (!list.length) { panel.append(note(t('party.no-measure', { date: fmtDate(data.asOf || asOf) }))); return; }
  panel.append(table([
    { title: t('party.col-measure'), cell: (r) => [h('strong', null, enumLabel('Measure', r.measure)), r.disputed ? h('span', { class: 'badge warn' }, t('party.disputed')) : null] },
    { title: t('party.col-rule'), cell: (r) => enumLabel('Rule', r.rule) },
    { title: t('party.col-sanction'), cell: (r) => h('a', { href: `#/sanction/${encodeURIComponent(r.sanctionId)}?asOf=${asOf}` }, r.sanctionId) },
    { title: t('party.col-path'), cell: (r) => pathView(r.path || []) },
    { title: t('party.col-partner'), cell: (r) => (r.partnerMeasures || []).map(partnerMeasure) },
  ], list, { caption: t('party.restrictions') }), rulesLegend(list.map((r) => r.rule), 'party-rules'));
}

async function loadSanctions(panel, id, asOf) {
  let net;
  try {
    net = await api(`/entities/${encodeURIComponent(id)}/network`, { query: { depth: 1, asOf } });
  } catch (e) { panel.append(errorNote(e)); return; }
  const sanctionIds = net.nodes.filter((n) => n.type === 'Sanction').map((n) => n.id);
  const recordIds = net.nodes.filter((n) => n.type === 'CreditRecord').map((n) => n.id);
  if (!sanctionIds.length && !recordIds.length) { panel.append(note(t('party.no-sanction'))); return; }
  const [sans, recs] = await Promise.all([mapLimit(sanctionIds, 4, entity), mapLimit(recordIds, 4, entity)]);
  if (sans.length) {
    panel.append(h('h3', null, t('party.sanctions-count', { n: sans.length })), table([
      { title: t('party.col-sanction'), cell: (s) => h('a', { href: `#/sanction/${encodeURIComponent(s.id)}?asOf=${asOf}`, title: t('party.propagation') }, s.id) },
      { title: t('party.col-kind'), cell: (s) => [enumLabel('SanctionKind', s.properties?.kind), s.properties?.blacklist ? h('span', { class: 'badge black' }, t('party.blacklist')) : null,
        s.properties?.withdrawn ? h('span', { class: 'badge' }, t('party.withdrawn')) : null, s.properties?.disputed ? h('span', { class: 'badge warn' }, t('party.disputed')) : null] },
      { title: t('party.col-severity'), cell: (s) => fmt(s.properties?.severity) },
      { title: t('party.col-authority'), cell: (s) => fmt(s.properties?.authority) },
      { title: t('party.col-in-force'), cell: (s) => dateRange(s.properties?.effectiveFrom, s.properties?.effectiveTo, t('party.open-ended')) },
      { title: t('party.col-reason'), cell: (s) => fmt(s.properties?.reason) },
    ], sans.filter((s) => !s.error), { caption: t('party.sanctions') }));
  }
  if (recs.length) {
    panel.append(h('h3', null, t('party.records-count', { n: recs.length })), table([
      { title: t('party.col-record'), cell: (r) => h('span', { class: 'mono' }, r.id) },
      { title: t('party.col-kind'), cell: (r) => [enumLabel('RecordKind', r.properties?.kind), r.properties?.disputed ? h('span', { class: 'badge warn' }, t('party.disputed')) : null] },
      { title: t('party.col-date'), cell: (r) => when(r.properties?.date) },
      { title: t('party.col-severity'), cell: (r) => fmt(r.properties?.severity) },
      { title: t('party.col-detail'), cell: (r) => fmt(r.properties?.detail) },
    ], recs.filter((r) => !r.error), { caption: t('party.records') }));
  }
}

async function loadFraud(panel, id) {
  const [alerts, rings] = await Promise.all([optional('/fraud/alerts', { query: { size: 1000 } }), optional('/fraud/rings', { query: { size: 1000 } })]);
  if (!alerts.data && !rings.data) { panel.append(unavailable(t('party.fraud-what'), alerts.error || rings.error)); return; }
  const mine = (alerts.data?.items || []).filter((a) => (a.entityIds || []).includes(id));
  const myRings = (rings.data?.items || []).filter((r) => (r.memberIds || []).includes(id) || (r.claimIds || []).includes(id));
  if (alerts.data) {
    panel.append(h('h3', null, t('party.alerts-count', { n: mine.length })), mine.length
      ? h('ul', null, mine.map((a) => h('li', null, h('a', { href: `#/fraud/alert/${encodeURIComponent(a.id)}` }, `${enumLabel('AlertKind', a.kind)} · ${a.id}`), ' ', t('party.score', { score: fmt(a.score) }),
        ' ', alertSummary(a.kind, a.evidence, { class: 'muted alert-summary' }))))
      : note(t('party.no-alert')));
  }
  if (rings.data) {
    panel.append(h('h3', null, t('party.rings-count', { n: myRings.length })), myRings.length
      ? h('ul', null, myRings.map((r) => h('li', null, h('a', { href: `#/fraud/ring/${encodeURIComponent(r.id)}` }, r.id), ' ', t('party.ring-line', { score: fmt(r.score), n: (r.memberIds || []).length }),
        ' ', alertSummary('RING', r.evidence, { class: 'muted alert-summary' }))))
      : note(t('party.no-ring')));
  }
}

async function loadAudit(panel, id) {
  const { data, error } = await optional('/audit', { query: { entityId: id } });
  if (!data) {
    panel.append(error?.status === 403 ? note(t('party.audit-forbidden'), 'warn') : unavailable(t('party.audit-what'), error));
    return;
  }
  const items = data.items || [];
  if (!items.length) { panel.append(note(t('party.no-audit'))); return; }
  panel.append(table([
    { title: t('party.col-when'), cell: (a) => instant(a.at) },
    { title: t('party.col-who'), cell: (a) => [a.actor, ' ', h('span', { class: 'badge' }, enumLabel('Role', a.role))] },
    // the action is the API route that was called ("GET /api/v1/credit/scores/{id}"): not translated
    { title: t('party.col-action'), cell: (a) => h('span', { class: 'mono', translate: 'no' }, fmt(a.action)) },
    { title: t('party.col-purpose'), cell: (a) => fmt(a.purpose) },
  ], items.slice(0, 200), { caption: t('party.audit-entries') }));
}

