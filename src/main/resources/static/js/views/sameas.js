// The "Same as" panel of a party page: the other records of its resolved entity (entity resolution),
// each with the insurers it is known to, the match probability and the evidence per field, the
// candidates that are not resolved with it, and the decisions people took on its pairs.
import { api, optional, ApiError } from '../api.js';
import { h, note, errorNote, unavailable, table, partyLink, fmt, instant } from '../util.js';
import { signed } from '../graph.js';
import { t, enumLabel, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('sameas');

export function sameAsPanel() {
  return h('section', { class: 'panel', id: 'party-same-as', 'aria-labelledby': 'h-same-as' }, h('h2', { id: 'h-same-as' }, t('sameas.title')));
}

export async function loadSameAs(panel, id, e) {
  const resolvedId = e.resolvedId || id;
  const [matches, resolved, decisions] = await Promise.all([
    optional(`/entities/${encodeURIComponent(id)}/matches`),
    api(`/resolved/${encodeURIComponent(resolvedId)}`).then((data) => ({ data }), (error) => ({ data: null, error })),
    optional('/resolution/decisions', { query: { entityId: id, size: 200 } }),
  ]);
  if (!matches.data) { panel.append(unavailable(t('sameas.resolution'), matches.error)); return; }
  const byId = new Map((matches.data.items || []).map((m) => [m.entityId, m]));
  if (resolved.error && !(resolved.error instanceof ApiError && resolved.error.status === 404)) panel.append(errorNote(resolved.error));
  const members = (resolved.data?.members || []).filter((m) => m.entityId !== id);
  const memberIds = new Set(members.map((m) => m.entityId));
  panel.append(h('p', { class: 'muted', id: 'same-as-summary' }, members.length
    ? t('sameas.summary', { id: resolvedId, n: fmtNumber(members.length + 1) })
    : t('sameas.alone')));

  if (members.length) {
    panel.append(h('div', { class: 'scroll-x' }, table([
      { title: t('sameas.col-record'), cell: (m) => [partyLink(m.entityId, m.name || m.entityId), h('div', { class: 'mono muted' }, m.entityId)] },
      { title: t('sameas.col-type'), cell: (m) => enumLabel('EntityType', m.type) || '—' },
      { title: t('sameas.col-insurers'), cell: (m) => ((m.insurerIds || []).length ? m.insurerIds.map((i) => partyLink(i, i)) : '—') },
      { title: t('sameas.col-match'), cell: (m) => matchCell(byId.get(m.entityId), resolved.data, id, m.entityId) },
      { title: t('sameas.col-evidence'), cell: (m) => evidence(byId.get(m.entityId)?.evidence) },
    ], members, { caption: t('sameas.members-caption') })));
    markRows(panel.lastChild, members.map((m) => m.entityId), 'same-as-members');
  }

  const others = (matches.data.items || []).filter((m) => !memberIds.has(m.entityId));
  if (others.length) {
    panel.append(h('h3', null, t('sameas.candidates', { n: fmtNumber(others.length) })), h('div', { class: 'scroll-x' }, table([
      { title: t('sameas.col-record'), cell: (m) => [partyLink(m.entityId, m.name || m.entityId), h('div', { class: 'mono muted' }, m.entityId)] },
      { title: t('sameas.col-type'), cell: (m) => enumLabel('EntityType', m.type) || '—' },
      { title: t('sameas.col-match'), cell: (m) => [decisionBadge(m.decision), ' ', probability(m.score),
        m.decision === 'POSSIBLE' ? h('div', null, h('a', { href: '#/review' }, t('sameas.in-queue'))) : null] },
      { title: t('sameas.col-evidence'), cell: (m) => evidence(m.evidence) },
    ], others, { caption: t('sameas.candidates-caption') })));
    markRows(panel.lastChild, others.map((m) => m.entityId), 'same-as-candidates');
  }

  panel.append(h('h3', null, t('sameas.decisions-title')));
  if (!decisions.data) {
    panel.append(decisions.error?.status === 403 ? note(t('sameas.decisions-forbidden'), 'warn')
      : unavailable(t('sameas.decisions'), decisions.error));
    return;
  }
  const items = decisions.data.items || [];
  if (!items.length) { panel.append(note(t('sameas.no-decision'))); return; }
  panel.append(h('div', { class: 'scroll-x' }, table([
    { title: t('sameas.col-when'), cell: (d) => instant(d.decidedAt) },
    { title: t('sameas.col-pair'), cell: (d) => [partyLink(d.entityId), ' · ', partyLink(d.otherId)] },
    { title: t('sameas.col-decision'), cell: (d) => [h('strong', { dataset: { decision: d.decision } }, enumLabel('Decision', d.decision)), d.superseded ? [' ', h('span', { class: 'badge' }, t('sameas.replaced'))] : null] },
    { title: t('sameas.col-reason'), cell: (d) => fmt(d.reason) },
    { title: t('sameas.col-by'), cell: (d) => fmt(d.decidedBy) },
  ], items, { caption: t('sameas.decisions-caption') })));
  markRows(panel.lastChild, items.map((d) => d.id), 'same-as-decisions');
}

/** The direct link's probability and decision, or the member it is resolved through. */
function matchCell(link, resolved, self, other) {
  if (link) return [decisionBadge(link.decision), ' ', probability(link.score)];
  const via = (resolved?.links || []).find((l) => (l.a === other || l.b === other) && l.decision !== 'REJECTED');
  return h('span', { class: 'muted' }, via ? t('sameas.through', { id: via.a === other ? via.b : via.a }) : t('sameas.through-others'));
}

export function probability(score) {
  return h('span', { class: 'mono', title: t('sameas.probability') }, typeof score === 'number' ? score.toFixed(3) : '—');
}

export function decisionBadge(decision) {
  const kind = { MATCH: 'ok', CONFIRMED: 'ok', POSSIBLE: 'warn', REJECTED: '' }[decision] ?? '';
  return h('span', { class: `badge ${kind}`.trim(), dataset: { decision: decision || '' } }, decision ? enumLabel('LinkDecision', decision) : '—');
}

/** The evidence of a score: each field with its comparison level and weight in bits. */
export function evidence(list) {
  if (!list || !list.length) return '—';
  return h('ul', { class: 'evidence' }, list.map((ev) => h('li', { dataset: { field: ev.field, comparison: ev.comparison } },
    h('span', null, enumLabel('MatchField', ev.field)), ' ', h('span', { class: 'badge' }, enumLabel('Comparison', ev.comparison)), ' ',
    h('span', { class: `mono ${ev.weight >= 0 ? 'pos' : 'neg'}` }, signed(ev.weight)))));
}

function markRows(wrapper, ids, tableId) {
  const t = wrapper.querySelector('table');
  t.id = tableId;
  t.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.id = ids[i]; });
}
