// The "Same as" panel of a party page: the other records of its resolved entity (entity resolution),
// each with the insurers it is known to, the match probability and the evidence per field, the
// candidates that are not resolved with it, and the decisions people took on its pairs.
import { api, optional, ApiError } from '../api.js';
import { h, note, errorNote, unavailable, table, partyLink, fmt, instant } from '../util.js';
import { signed } from '../graph.js';

export function sameAsPanel() {
  return h('section', { class: 'panel', id: 'party-same-as', 'aria-labelledby': 'h-same-as' }, h('h2', { id: 'h-same-as' }, 'Same as'));
}

export async function loadSameAs(panel, id, e) {
  const resolvedId = e.resolvedId || id;
  const [matches, resolved, decisions] = await Promise.all([
    optional(`/entities/${encodeURIComponent(id)}/matches`),
    api(`/resolved/${encodeURIComponent(resolvedId)}`).then((data) => ({ data }), (error) => ({ data: null, error })),
    optional('/resolution/decisions', { query: { entityId: id, size: 200 } }),
  ]);
  if (!matches.data) { panel.append(unavailable('Entity resolution', matches.error)); return; }
  const byId = new Map((matches.data.items || []).map((m) => [m.entityId, m]));
  if (resolved.error && !(resolved.error instanceof ApiError && resolved.error.status === 404)) panel.append(errorNote(resolved.error));
  const members = (resolved.data?.members || []).filter((m) => m.entityId !== id);
  const memberIds = new Set(members.map((m) => m.entityId));
  panel.append(h('p', { class: 'muted', id: 'same-as-summary' }, members.length
    ? `Resolved entity ${resolvedId}: ${members.length + 1} records of one person or firm.`
    : 'No other record is resolved with this one.'));

  if (members.length) {
    panel.append(h('div', { class: 'scroll-x' }, table([
      { title: 'Record', cell: (m) => [partyLink(m.entityId, m.name || m.entityId), h('div', { class: 'mono muted' }, m.entityId)] },
      { title: 'Type', cell: (m) => fmt(m.type) },
      { title: 'Insurers', cell: (m) => ((m.insurerIds || []).length ? m.insurerIds.map((i) => partyLink(i, i)) : '—') },
      { title: 'Match', cell: (m) => matchCell(byId.get(m.entityId), resolved.data, id, m.entityId) },
      { title: 'Evidence', cell: (m) => evidence(byId.get(m.entityId)?.evidence) },
    ], members, { caption: 'Records resolved with this one' })));
    markRows(panel.lastChild, members.map((m) => m.entityId), 'same-as-members');
  }

  const others = (matches.data.items || []).filter((m) => !memberIds.has(m.entityId));
  if (others.length) {
    panel.append(h('h3', null, `Other candidates (${others.length})`), h('div', { class: 'scroll-x' }, table([
      { title: 'Record', cell: (m) => [partyLink(m.entityId, m.name || m.entityId), h('div', { class: 'mono muted' }, m.entityId)] },
      { title: 'Type', cell: (m) => fmt(m.type) },
      { title: 'Match', cell: (m) => [decisionBadge(m.decision), ' ', probability(m.score),
        m.decision === 'POSSIBLE' ? h('div', null, h('a', { href: '#/review' }, 'in the review queue')) : null] },
      { title: 'Evidence', cell: (m) => evidence(m.evidence) },
    ], others, { caption: 'Candidates not resolved with this one' })));
    markRows(panel.lastChild, others.map((m) => m.entityId), 'same-as-candidates');
  }

  panel.append(h('h3', null, 'Decisions on its pairs'));
  if (!decisions.data) {
    panel.append(decisions.error?.status === 403 ? note('Decisions are shown to analysts, regulators and administrators.', 'warn')
      : unavailable('Decisions', decisions.error));
    return;
  }
  const items = decisions.data.items || [];
  if (!items.length) { panel.append(note('No person has decided on a pair with this record.')); return; }
  panel.append(h('div', { class: 'scroll-x' }, table([
    { title: 'When', cell: (d) => instant(d.decidedAt) },
    { title: 'Pair', cell: (d) => [partyLink(d.entityId), ' · ', partyLink(d.otherId)] },
    { title: 'Decision', cell: (d) => [h('strong', null, d.decision), d.superseded ? [' ', h('span', { class: 'badge' }, 'replaced')] : null] },
    { title: 'Reason', cell: (d) => fmt(d.reason) },
    { title: 'By', cell: (d) => fmt(d.decidedBy) },
  ], items, { caption: 'Decisions on pairs with this record, latest first' })));
  markRows(panel.lastChild, items.map((d) => d.id), 'same-as-decisions');
}

/** The direct link's probability and decision, or the member it is resolved through. */
function matchCell(link, resolved, self, other) {
  if (link) return [decisionBadge(link.decision), ' ', probability(link.score)];
  const via = (resolved?.links || []).find((l) => (l.a === other || l.b === other) && l.decision !== 'REJECTED');
  return h('span', { class: 'muted' }, via ? `through ${via.a === other ? via.b : via.a}` : 'through other records');
}

export function probability(score) {
  return h('span', { class: 'mono', title: 'match probability' }, typeof score === 'number' ? score.toFixed(3) : '—');
}

export function decisionBadge(decision) {
  const kind = { MATCH: 'ok', CONFIRMED: 'ok', POSSIBLE: 'warn', REJECTED: '' }[decision] ?? '';
  return h('span', { class: `badge ${kind}`.trim() }, decision || '—');
}

/** The evidence of a score: each field with its comparison level and weight in bits. */
export function evidence(list) {
  if (!list || !list.length) return '—';
  return h('ul', { class: 'evidence' }, list.map((ev) => h('li', { dataset: { field: ev.field, comparison: ev.comparison } },
    h('span', null, ev.field), ' ', h('span', { class: 'badge' }, ev.comparison), ' ',
    h('span', { class: `mono ${ev.weight >= 0 ? 'pos' : 'neg'}` }, signed(ev.weight)))));
}

function markRows(wrapper, ids, tableId) {
  const t = wrapper.querySelector('table');
  t.id = tableId;
  t.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.id = ids[i]; });
}
