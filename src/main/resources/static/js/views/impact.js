// Sanction impact: what-if propagation of a proposed sanction, and propagation of a recorded one,
// drawn as a tree from the sanctioned party with the measure and rule on each reached party.
import { api, entity, mapLimit } from '../api.js';
import { h, note, errorNote, today, routeQuery, go, table, pathView, fmt, props } from '../util.js';
import { GraphView, legend } from '../graph.js';
import { sanctionActions } from './regulator.js';

const KINDS = ['WARNING', 'FINE', 'LICENSE_SUSPENDED', 'LICENSE_REVOKED', 'BAN_FROM_OFFICE', 'BAN_FROM_INDUSTRY', 'CRIMINAL_REFERRAL', 'OTHER'];

export async function impactView(el) {
  const q = routeQuery();
  const subject = h('input', { type: 'text', id: 'impact-subject', value: q.get('subjectId') || '', required: true, placeholder: 'IMD0000015' });
  const kind = h('select', { id: 'impact-kind' }, KINDS.map((k) => h('option', { value: k, selected: k === (q.get('kind') || 'LICENSE_REVOKED') }, k)));
  const severity = h('select', { id: 'impact-severity' }, [1, 2, 3, 4, 5].map((s) => h('option', { value: s, selected: s === (Number(q.get('severity')) || 5) }, s)));
  const blacklist = h('input', { type: 'checkbox', id: 'impact-blacklist', checked: q.get('blacklist') !== 'false' });
  const authority = h('input', { type: 'text', id: 'impact-authority', value: q.get('authority') || 'What-if analysis' });
  const decided = h('input', { type: 'date', id: 'impact-decided', value: q.get('decidedOn') || today() });
  const from = h('input', { type: 'date', id: 'impact-from', value: q.get('effectiveFrom') || today() });
  const to = h('input', { type: 'date', id: 'impact-to', value: q.get('effectiveTo') || '' });
  const asOf = h('input', { type: 'date', id: 'impact-asof', value: q.get('asOf') || '' });
  const form = h('form', { class: 'inline', 'aria-label': 'Proposed sanction' },
    h('label', { for: 'impact-subject' }, 'Party id', subject),
    h('label', { for: 'impact-kind' }, 'Kind', kind),
    h('label', { for: 'impact-severity' }, 'Severity', severity),
    h('label', { class: 'check', for: 'impact-blacklist' }, blacklist, 'blacklist'),
    h('label', { for: 'impact-authority' }, 'Authority', authority),
    h('label', { for: 'impact-decided' }, 'Decided on', decided),
    h('label', { for: 'impact-from' }, 'Effective from', from),
    h('label', { for: 'impact-to' }, 'Effective to (optional)', to),
    h('label', { for: 'impact-asof' }, 'As of (optional)', asOf),
    h('button', { type: 'submit', id: 'impact-submit' }, 'Run what-if'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/impact', { subjectId: subject.value.trim(), kind: kind.value, severity: severity.value, blacklist: String(blacklist.checked),
      authority: authority.value, decidedOn: decided.value, effectiveFrom: from.value, effectiveTo: to.value, asOf: asOf.value, run: 1 });
  });
  const sanctionId = h('input', { type: 'text', id: 'recorded-id', placeholder: 'SAN00000001', required: true });
  const recordedAsOf = h('input', { type: 'date', id: 'recorded-asof', value: today() });
  const recorded = h('form', { class: 'inline', 'aria-label': 'Recorded sanction' },
    h('label', { for: 'recorded-id' }, 'Sanction id', sanctionId), h('label', { for: 'recorded-asof' }, 'As of', recordedAsOf),
    h('button', { type: 'submit', class: 'secondary', id: 'recorded-submit' }, 'Show propagation'));
  recorded.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (sanctionId.value.trim()) go(`/sanction/${encodeURIComponent(sanctionId.value.trim())}`, { asOf: recordedAsOf.value });
  });
  el.append(h('h1', null, 'Sanction impact'),
    h('section', { class: 'panel', 'aria-labelledby': 'h-whatif' }, h('h2', { id: 'h-whatif' }, 'What if this party were sanctioned?'),
      h('p', { class: 'muted' }, 'Nothing is recorded: the propagation rules are run on the proposal (regulators and administrators).'), form),
    h('section', { class: 'panel', 'aria-labelledby': 'h-recorded' }, h('h2', { id: 'h-recorded' }, 'A recorded sanction'), recorded));
  if (!q.get('run') || !q.get('subjectId')) { subject.focus(); return; }

  const out = h('div', { id: 'impact-result', 'aria-live': 'polite' }, note('Running the rules…'));
  el.append(out);
  const body = {
    subjectId: q.get('subjectId'), authority: q.get('authority') || 'What-if analysis', kind: q.get('kind'),
    severity: Number(q.get('severity')), blacklist: q.get('blacklist') !== 'false', decidedOn: q.get('decidedOn'),
    effectiveFrom: q.get('effectiveFrom'), effectiveTo: q.get('effectiveTo') || null, reason: 'what-if',
  };
  try {
    const res = await api('/sanctions/impact', { method: 'POST', body, query: { asOf: q.get('asOf') } });
    return await drawPropagation(out, res, body.subjectId, `What-if: ${body.kind} on ${body.subjectId}`);
  } catch (e) {
    out.replaceChildren(e.status === 403 ? note('What-if analysis is for regulators and administrators.', 'warn') : errorNote(e));
  }
}

export async function sanctionView(el, id) {
  const q = routeQuery();
  const asOf = q.get('asOf') || today();
  const asOfInput = h('input', { type: 'date', id: 'sanction-asof', value: asOf });
  const form = h('form', { class: 'inline', 'aria-label': 'Date' }, h('label', { for: 'sanction-asof' }, 'As of', asOfInput),
    h('button', { type: 'submit', class: 'secondary' }, 'Apply'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go(`/sanction/${encodeURIComponent(id)}`, { asOf: asOfInput.value }); });
  el.append(h('h1', null, `Sanction ${id}`), h('div', { class: 'panel' }, form));
  const detail = h('section', { class: 'panel', 'aria-label': 'The sanction' });
  const out = h('div', { id: 'impact-result', 'aria-live': 'polite' }, note('Loading…'));
  el.append(detail, out);
  let subjectId = null;
  try {
    const s = await api(`/sanctions/${encodeURIComponent(id)}`);
    subjectId = s.subjectId;
    detail.append(h('p', null, h('strong', null, s.kind), ` on `, h('a', { href: `#/party/${encodeURIComponent(s.subjectId)}` }, s.subjectName || s.subjectId),
      ` (${s.subjectType}) · ${s.authority}`, s.blacklist ? h('span', { class: 'badge black' }, 'blacklist') : null,
      s.withdrawn ? h('span', { class: 'badge' }, 'withdrawn') : null, s.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null),
    props({ severity: s.severity, decidedOn: s.decidedOn, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo, reason: s.reason }));
    detail.append(sanctionActions(s, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
  } catch (e) {
    detail.append(e.status === 403 ? note('Sanction details are for investigators.', 'warn') : errorNote(e));
  }
  try {
    const res = await api(`/sanctions/${encodeURIComponent(id)}/propagation`, { query: { asOf } });
    return await drawPropagation(out, res, subjectId, `Propagation of ${id}`);
  } catch (e) {
    out.replaceChildren(e.status === 403 ? note('Propagation is shown to investigators (analysts, regulators, administrators).', 'warn') : errorNote(e));
  }
}

/** The tree: a node for the sanction, the subject, and every party or object on a measure's path. */
async function drawPropagation(out, res, subjectId, title) {
  const affected = res.affected || [];
  const status = h('p', { id: 'impact-status' }, h('span', { class: `badge ${res.inForce ? 'red' : ''}` }, res.status), ' ', res.explanation || '',
    ` · as of ${res.asOf} · ${affected.length} measure${affected.length === 1 ? '' : 's'}`);
  const subject = subjectId || affected[0]?.path?.[0];
  const ids = new Set(subject ? [subject] : []);
  affected.forEach((a) => (a.path || []).forEach((p) => ids.add(p)));
  const known = new Map(affected.map((a) => [a.entityId, { type: a.entityType, label: a.name || a.entityId }]));
  const rest = [...ids].filter((i) => !known.has(i));
  const fetched = await mapLimit(rest, 4, entity);
  rest.forEach((i, k) => { const e = fetched[k]; known.set(i, e && !e.error ? { type: e.type, label: e.label } : { type: 'Entity', label: i }); });
  const labels = Object.fromEntries([...known].map(([k, v]) => [k, v.label]));

  const rows = table([
    { title: 'Party', cell: (a) => h('a', { href: `#/party/${encodeURIComponent(a.entityId)}` }, a.name || a.entityId) },
    { title: 'Type', cell: (a) => a.entityType },
    { title: 'Measure', cell: (a) => [h('strong', null, a.measure), a.disputed ? h('span', { class: 'badge warn' }, 'disputed') : null] },
    { title: 'Rule', cell: (a) => a.rule },
    { title: 'Hops', cell: (a) => a.hops },
    { title: 'Path', cell: (a) => pathView(a.path || [], labels) },
    { title: 'Partner measures', cell: (a) => (a.partnerMeasures || []).map((m) => h('div', null, `${m.department}: ${(m.restrictions || []).join('; ')}`)) },
  ], affected, { caption: 'Measures' });
  rows.id = 'impact-table';
  const parts = [h('h2', null, title), status];
  if (!affected.length) {
    parts.push(note(res.inForce ? 'The rules reach no other party.' : 'Nothing propagates while the sanction is not in force.'));
    out.replaceChildren(...parts);
    return undefined;
  }
  const container = h('div', { class: 'cy', id: 'cy', role: 'img', 'aria-label': 'Propagation tree; the table below gives the same' });
  parts.push(legend(), container, h('h3', null, 'Measures'), rows);
  if ((res.truncated || []).length) parts.push(note(`Fan-out limits cut the expansion: ${res.truncated.map((t) => `${t.rule} at ${t.entityId} (first ${t.limit})`).join(', ')}`, 'warn'));
  out.replaceChildren(...parts);

  const rootId = `sanction:${res.sanctionId || 'proposal'}`;
  const view = new GraphView(container, { rootId, onTap: (n) => { if (!n.id().startsWith('sanction:')) location.hash = `#/party/${encodeURIComponent(n.id())}`; } });
  const measureOf = new Map(affected.map((a) => [a.entityId, a]));
  const nodes = [{ id: rootId, type: 'Sanction', label: res.sanctionId || 'proposed sanction' }];
  for (const [i, v] of known) {
    const m = measureOf.get(i);
    nodes.push({ id: i, type: v.type, label: m ? `${v.label}\n${m.measure} (${m.rule})` : v.label });
  }
  const edges = [];
  if (subject) edges.push({ source: rootId, target: subject, type: 'AGAINST' });
  for (const a of affected) {
    const p = a.path || [];
    for (let i = 0; i + 1 < p.length; i++) {
      const last = i + 2 === p.length;
      edges.push({ id: `${p[i]}>${p[i + 1]}`, source: p[i], target: p[i + 1], type: last ? `${a.rule} → ${a.measure}` : 'via', classes: last ? 'measure' : '' });
    }
  }
  view.add({ nodes, edges });
  view.cy.nodes().addClass('labelled wrap');
  view.cy.getElementById(subject).addClass('endpoint');
  view.layout('breadthfirst', { roots: [rootId] });
  container.dataset.ready = 'true';
  return () => view.destroy();
}

