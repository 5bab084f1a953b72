// Sanction impact: what-if propagation of a proposed sanction, and propagation of a recorded one,
// drawn as a tree from the sanctioned party with the measure and rule on each reached party.
import { api, entity, mapLimit } from '../api.js';
import { h, note, errorNote, today, routeQuery, go, table, pathView, fmt, props } from '../util.js';
import { GraphView, legend } from '../graph.js';
import { sanctionActions } from './regulator.js';
import { t, enumLabel, fmtDate, fmtNumber, lang, loadMessages } from '../i18n.js';
import { explanation, partnerMeasure, rulesLegend } from '../prose.js';

await loadMessages('impact');

const KINDS = ['WARNING', 'FINE', 'LICENSE_SUSPENDED', 'LICENSE_REVOKED', 'BAN_FROM_OFFICE', 'BAN_FROM_INDUSTRY', 'CRIMINAL_REFERRAL', 'OTHER'];

export async function impactView(el) {
  const q = routeQuery();
  const subject = h('input', { type: 'text', id: 'impact-subject', value: q.get('subjectId') || '', required: true, placeholder: 'IMD0000015' });
  const kind = h('select', { id: 'impact-kind' }, KINDS.map((k) => h('option', { value: k, selected: k === (q.get('kind') || 'LICENSE_REVOKED') }, enumLabel('SanctionKind', k))));
  const severity = h('select', { id: 'impact-severity' }, [1, 2, 3, 4, 5].map((s) => h('option', { value: s, selected: s === (Number(q.get('severity')) || 5) }, s)));
  const blacklist = h('input', { type: 'checkbox', id: 'impact-blacklist', checked: q.get('blacklist') !== 'false' });
  const authority = h('input', { type: 'text', id: 'impact-authority', value: q.get('authority') || t('impact.default-authority') });
  const decided = h('input', { type: 'date', id: 'impact-decided', value: q.get('decidedOn') || today() });
  const from = h('input', { type: 'date', id: 'impact-from', value: q.get('effectiveFrom') || today() });
  const to = h('input', { type: 'date', id: 'impact-to', value: q.get('effectiveTo') || '' });
  const asOf = h('input', { type: 'date', id: 'impact-asof', value: q.get('asOf') || '' });
  const form = h('form', { class: 'inline', 'aria-label': t('impact.proposal-form') },
    h('label', { for: 'impact-subject' }, t('impact.party-id'), subject),
    h('label', { for: 'impact-kind' }, t('impact.kind'), kind),
    h('label', { for: 'impact-severity' }, t('impact.severity'), severity),
    h('label', { class: 'check', for: 'impact-blacklist' }, blacklist, t('impact.blacklist')),
    h('label', { for: 'impact-authority' }, t('impact.authority'), authority),
    h('label', { for: 'impact-decided' }, t('impact.decided-on'), decided),
    h('label', { for: 'impact-from' }, t('impact.effective-from'), from),
    h('label', { for: 'impact-to' }, t('impact.effective-to'), to),
    h('label', { for: 'impact-asof' }, t('impact.as-of-optional'), asOf),
    h('button', { type: 'submit', id: 'impact-submit' }, t('impact.run')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/impact', { subjectId: subject.value.trim(), kind: kind.value, severity: severity.value, blacklist: String(blacklist.checked),
      authority: authority.value, decidedOn: decided.value, effectiveFrom: from.value, effectiveTo: to.value, asOf: asOf.value, run: 1 });
  });
  const sanctionId = h('input', { type: 'text', id: 'recorded-id', placeholder: 'SAN00000001', required: true });
  const recordedAsOf = h('input', { type: 'date', id: 'recorded-asof', value: today() });
  const recorded = h('form', { class: 'inline', 'aria-label': t('impact.recorded-form') },
    h('label', { for: 'recorded-id' }, t('impact.sanction-id'), sanctionId), h('label', { for: 'recorded-asof' }, t('impact.as-of'), recordedAsOf),
    h('button', { type: 'submit', class: 'secondary', id: 'recorded-submit' }, t('impact.show-propagation')));
  recorded.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (sanctionId.value.trim()) go(`/sanction/${encodeURIComponent(sanctionId.value.trim())}`, { asOf: recordedAsOf.value });
  });
  el.append(h('h1', null, t('impact.title')),
    h('section', { class: 'panel', 'aria-labelledby': 'h-whatif' }, h('h2', { id: 'h-whatif' }, t('impact.what-if-title')),
      h('p', { class: 'muted' }, t('impact.what-if-help')), form),
    h('section', { class: 'panel', 'aria-labelledby': 'h-recorded' }, h('h2', { id: 'h-recorded' }, t('impact.recorded-title')), recorded));
  if (!q.get('run') || !q.get('subjectId')) { subject.focus(); return; }

  const out = h('div', { id: 'impact-result', 'aria-live': 'polite' }, note(t('impact.running')));
  el.append(out);
  const body = {
    subjectId: q.get('subjectId'), authority: q.get('authority') || t('impact.default-authority'), kind: q.get('kind'),
    severity: Number(q.get('severity')), blacklist: q.get('blacklist') !== 'false', decidedOn: q.get('decidedOn'),
    effectiveFrom: q.get('effectiveFrom'), effectiveTo: q.get('effectiveTo') || null, reason: 'what-if',
  };
  try {
    const res = await api('/sanctions/impact', { method: 'POST', body, query: { asOf: q.get('asOf') } });
    return await drawPropagation(out, res, body.subjectId, t('impact.what-if-result', { kind: enumLabel('SanctionKind', body.kind), id: body.subjectId }));
  } catch (e) {
    out.replaceChildren(e.status === 403 ? note(t('impact.what-if-forbidden'), 'warn') : errorNote(e));
  }
}

export async function sanctionView(el, id) {
  const q = routeQuery();
  const asOf = q.get('asOf') || today();
  const asOfInput = h('input', { type: 'date', id: 'sanction-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': t('impact.date') }, h('label', { for: 'sanction-asof' }, t('impact.as-of'), asOfInput),
    h('button', { type: 'submit', class: 'secondary' }, t('impact.apply')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go(`/sanction/${encodeURIComponent(id)}`, { asOf: asOfInput.value }); });
  el.append(h('h1', null, t('impact.sanction-title', { id })), h('div', { class: 'panel' }, form));
  const detail = h('section', { class: 'panel', 'aria-label': t('impact.the-sanction') });
  const out = h('div', { id: 'impact-result', 'aria-live': 'polite' }, note(t('common.loading')));
  el.append(detail, out);
  let subjectId = null;
  try {
    const s = await api(`/sanctions/${encodeURIComponent(id)}`);
    subjectId = s.subjectId;
    detail.append(h('p', null, h('strong', null, enumLabel('SanctionKind', s.kind)), t('impact.on'), h('a', { href: `#/party/${encodeURIComponent(s.subjectId)}` }, s.subjectName || s.subjectId),
      ` (${enumLabel('EntityType', s.subjectType)}) · ${s.authority}`, s.blacklist ? h('span', { class: 'badge black' }, t('impact.blacklist')) : null,
      s.withdrawn ? h('span', { class: 'badge' }, t('impact.withdrawn')) : null, s.disputed ? h('span', { class: 'badge warn' }, t('impact.disputed')) : null),
    props({ severity: s.severity, decidedOn: s.decidedOn, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo, reason: s.reason }, 'Sanction'));
    detail.append(sanctionActions(s, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
  } catch (e) {
    detail.append(e.status === 403 ? note(t('impact.details-forbidden'), 'warn') : errorNote(e));
  }
  try {
    const res = await api(`/sanctions/${encodeURIComponent(id)}/propagation`, { query: { asOf } });
    return await drawPropagation(out, res, subjectId, t('impact.propagation-of', { id }));
  } catch (e) {
    out.replaceChildren(e.status === 403 ? note(t('impact.propagation-forbidden'), 'warn') : errorNote(e));
  }
}

/** The tree: a node for the sanction, the subject, and every party or object on a measure's path. */
async function drawPropagation(out, res, subjectId, title) {
  const affected = res.affected || [];
  // the explanation worded from its code and values in the reader's language
  const status = h('p', { id: 'impact-status' }, h('span', { class: `badge ${res.inForce ? 'red' : ''}`, dataset: { status: res.status } }, enumLabel('SanctionStatus', res.status)), ' ',
    explanation(res, { id: 'impact-explanation' }),
    t(affected.length === 1 ? 'impact.status-line-one' : 'impact.status-line', { asOf: fmtDate(res.asOf), n: fmtNumber(affected.length) }));
  const subject = subjectId || affected[0]?.path?.[0];
  const ids = new Set(subject ? [subject] : []);
  affected.forEach((a) => (a.path || []).forEach((p) => ids.add(p)));
  const known = new Map(affected.map((a) => [a.entityId, { type: a.entityType, label: a.name || a.entityId }]));
  const rest = [...ids].filter((i) => !known.has(i));
  const fetched = await mapLimit(rest, 4, entity);
  rest.forEach((i, k) => { const e = fetched[k]; known.set(i, e && !e.error ? { type: e.type, label: e.label } : { type: 'Entity', label: i }); });
  const labels = Object.fromEntries([...known].map(([k, v]) => [k, v.label]));

  const rows = table([
    { title: t('impact.col-party'), cell: (a) => h('a', { href: `#/party/${encodeURIComponent(a.entityId)}` }, a.name || a.entityId) },
    { title: t('impact.col-type'), cell: (a) => enumLabel('EntityType', a.entityType) },
    { title: t('impact.col-measure'), cell: (a) => [h('strong', null, enumLabel('Measure', a.measure)), a.disputed ? h('span', { class: 'badge warn' }, t('impact.disputed')) : null] },
    { title: t('impact.col-rule'), cell: (a) => enumLabel('Rule', a.rule) },
    { title: t('impact.col-hops'), cell: (a) => a.hops },
    { title: t('impact.col-path'), cell: (a) => pathView(a.path || [], labels) },
    { title: t('impact.col-partner'), cell: (a) => (a.partnerMeasures || []).map(partnerMeasure) },
  ], affected, { caption: t('impact.measures') });
  rows.id = 'impact-table';
  const parts = [h('h2', null, title), status];
  if (!affected.length) {
    parts.push(note(res.inForce ? t('impact.reaches-nobody') : t('impact.not-in-force'))); 
    out.replaceChildren(...parts);
    return undefined;
  }
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': t('impact.drawing') });
  parts.push(legend(), container, h('h3', null, t('impact.measures')), rows, rulesLegend(affected.map((a) => a.rule), 'impact-rules'));
  if ((res.truncated || []).length) {
    parts.push(note(t('impact.fan-out', { cuts: res.truncated.map((c) => t('impact.fan-out-cut', { rule: c.rule, id: c.entityId, limit: fmtNumber(c.limit) })).join(t('impact.sep')) }), 'warn'));
  }
  out.replaceChildren(...parts);

  const rootId = `sanction:${res.sanctionId || 'proposal'}`;
  const view = new GraphView(container, { rootId, onTap: (n) => { if (!n.id().startsWith('sanction:')) location.hash = `#/party/${encodeURIComponent(n.id())}`; } });
  const measureOf = new Map(affected.map((a) => [a.entityId, a]));
  const nodes = [{ id: rootId, type: 'Sanction', label: res.sanctionId || t('impact.proposed') }];
  for (const [i, v] of known) {
    const m = measureOf.get(i);
    nodes.push({ id: i, type: v.type, label: m ? `${v.label}\n${enumLabel('Measure', m.measure)} (${m.rule})` : v.label });
  }
  const edges = [];
  if (subject) edges.push({ source: rootId, target: subject, type: 'AGAINST' });
  for (const a of affected) {
    const p = a.path || [];
    for (let i = 0; i + 1 < p.length; i++) {
      const last = i + 2 === p.length;
      edges.push({ id: `${p[i]}>${p[i + 1]}`, source: p[i], target: p[i + 1], type: last ? 'MEASURE' : 'VIA',
        label: last ? `${a.rule} → ${enumLabel('Measure', a.measure)}` : t('impact.via'), classes: last ? 'measure' : '' });
    }
  }
  view.add({ nodes, edges });
  view.cy.nodes().addClass('labelled wrap');
  view.cy.getElementById(subject).addClass('endpoint');
  view.layout('breadthfirst', { roots: [rootId] });
  container.dataset.ready = 'true';
  return () => view.destroy();
}

