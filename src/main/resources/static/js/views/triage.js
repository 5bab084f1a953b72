// The analyst's claim triage queue: claims by suspicion score with the factors that make it,
// filtered by score, detector and insurer; each claim opens its neighbourhood in the link graph.
import { api } from '../api.js';
import { h, routeQuery, go } from '../util.js';
import { t, enumLabel, fmtNumber, loadMessages } from '../i18n.js';
import { problemNote, announce } from './analyst.js';

await Promise.all([loadMessages('triage'), loadMessages('enums')]);

export const ALERT_KINDS = ['REPEAT_CLAIM', 'INSURE_AFTER_LOSS', 'FAKE_POLICY', 'FICTITIOUS_BUSINESS', 'RING'];
const SIZE = 25;

export async function triageView(el) {
  const q = routeQuery();
  const page = Math.max(0, Number.parseInt(q.get('page') || '0', 10) || 0);
  const minScore = h('input', { type: 'number', id: 'triage-min', name: 'minScore', min: 0, max: 1, step: 0.05, value: q.get('minScore') || '' });
  const kind = h('select', { id: 'triage-kind', name: 'kind' },
    h('option', { value: '' }, t('triage.kind-any')),
    ALERT_KINDS.map((k) => h('option', { value: k, selected: q.get('kind') === k }, enumLabel('AlertKind', k))));
  const insurer = h('input', { type: 'text', id: 'triage-insurer', name: 'insurerId', value: q.get('insurerId') || '', autocomplete: 'off' });
  const form = h('form', { class: 'inline', id: 'triage-filter', 'aria-label': t('triage.filter') },
    h('label', { for: 'triage-min' }, t('triage.min-score'), minScore),
    h('label', { for: 'triage-kind' }, t('triage.kind'), kind),
    h('label', { for: 'triage-insurer' }, t('triage.insurer'), insurer),
    h('button', { type: 'submit', id: 'triage-apply' }, t('triage.apply')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go('/triage', { minScore: minScore.value, kind: kind.value, insurerId: insurer.value.trim() });
  });
  const results = h('section', { class: 'panel', id: 'triage-results', 'aria-labelledby': 'triage-caption-h' },
    h('h2', { id: 'triage-caption-h' }, t('triage.caption')));
  el.append(h('h1', null, t('triage.title')), h('p', { class: 'muted' }, t('triage.intro')), h('div', { class: 'panel' }, form), results);

  let data;
  try {
    data = await api('/fraud/claim-scores', { query: { minScore: q.get('minScore'), kind: q.get('kind'), insurerId: q.get('insurerId'), page, size: SIZE } });
  } catch (e) {
    results.append(problemNote(t('triage.what'), e));
    return;
  }
  const items = data.items || [];
  if (!items.length) {
    results.append(h('p', { class: 'note', id: 'triage-empty' }, t('triage.empty')));
    announce(t('triage.loaded', { total: fmtNumber(0) }));
    return;
  }
  results.append(h('p', { class: 'muted', id: 'triage-count' }, t('triage.count', { shown: fmtNumber(items.length), total: fmtNumber(data.total) })));
  results.append(h('table', { id: 'triage-table' },
    h('caption', { class: 'sr-only' }, t('triage.caption')),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('triage.claim')), h('th', { scope: 'col' }, t('triage.score')),
      h('th', { scope: 'col' }, t('triage.factors')), h('th', { scope: 'col' }, t('triage.insurer-col')),
      h('th', { scope: 'col' }, t('triage.actions')))),
    h('tbody', null, items.map((c) => h('tr', { dataset: { claim: c.claimId } },
      h('th', { scope: 'row' }, h('a', { href: `#/party/${encodeURIComponent(c.claimId)}`, class: 'mono' }, c.claimId)),
      h('td', { class: 'num triage-score' }, fmtNumber(c.score, 3)),
      h('td', null, factorList(c.factors || [])),
      h('td', null, c.insurerId ? h('a', { href: `#/party/${encodeURIComponent(c.insurerId)}`, class: 'mono' }, c.insurerId) : '—'),
      h('td', null, h('a', { href: `#/graph/${encodeURIComponent(c.claimId)}?depth=2`, class: 'triage-graph', 'aria-label': t('triage.graph-label', { id: c.claimId }) }, t('triage.graph'))))))));
  const pages = Math.max(1, Math.ceil((data.total || 0) / SIZE));
  if (pages > 1) {
    const link = (p, text, rel) => h('a', { href: `#/triage?${new URLSearchParams({ ...Object.fromEntries(q), page: String(p) })}`, rel }, text);
    results.append(h('nav', { class: 'pager', 'aria-label': t('triage.pages') },
      page > 0 ? link(page - 1, t('common.previous'), 'prev') : null,
      h('span', { class: 'muted' }, t('triage.page', { page: fmtNumber(page + 1), pages: fmtNumber(pages) })),
      page + 1 < pages ? link(page + 1, t('common.next'), 'next') : null));
  }
  announce(t('triage.loaded', { total: fmtNumber(data.total) }));
}

/** A factor's label: DETECTOR_<KIND> is the detector's kind, the others are their own names. */
export function factorLabel(name) {
  const m = /^DETECTOR_(.+)$/.exec(name);
  return m ? enumLabel('AlertKind', m[1]) : enumLabel('ClaimFactor', name);
}

function factorList(factors) {
  return h('ul', { class: 'factors' }, factors.map((f) => h('li', { dataset: { factor: f.name } },
    h('span', { class: 'factor-bar', style: `width:${Math.round(Math.max(0, Math.min(1, f.contribution)) * 6)}em`, 'aria-hidden': 'true' }),
    t('triage.factor-line', { name: factorLabel(f.name), value: fmtNumber(f.contribution, 3) }))));
}
