// The sentences the server also writes in English (a credit factor's detail, a propagation's
// explanation, a notification's summary, a fraud alert's summary, a partner department's measures,
// a rule's description), worded here in the reader's language. The API sends each beside its
// English as a code and the values it is made of (detailCode/detailArgs, explanationCode/
// explanationArgs, changes[].summaryCode/summaryArgs, evidence.summaryCode/summaryArgs,
// departmentCode/restrictionCodes); the "prose" area holds one sentence per code
// ("prose.<code>"), and a value is shown by its name: the tables below say how. A code this page
// does not know (a newer server, a rule a regulator added without codes, a score stored before
// codes existed) falls back to the server's English, marked lang="en".
import { t, has, enumLabel, fmtDate, fmtNumber, lang, loadMessages } from './i18n.js';
import { h } from './util.js';

await Promise.all([loadMessages('prose'), loadMessages('enums')]);

/** Values shown as dates (ISO yyyy-mm-dd from the API). */
const DATES = new Set(['decidedOn', 'effectiveFrom', 'effectiveTo', 'date', 'since', 'asOf']);
/** Values that are fractions, shown as percentages (0.5 = 50 %). */
const SHARES = new Set(['ageWeight', 'share', 'rate', 'tolerance']);
/** Values that are enum names, shown with their label (enums area). */
const ENUMS = Object.freeze({
  sanctionKind: 'SanctionKind', recordKind: 'RecordKind', licenceStatus: 'PartyStatus', role: 'AffiliationRole',
  reason: 'RiskReason', measure: 'Measure', rule: 'Rule', oldGrade: 'Grade', newGrade: 'Grade', alertKind: 'AlertKind',
  outcome: 'ObjectionOutcome', itemType: 'ItemType', kind: 'NotificationKind', check: 'FraudReason',
});
/** Numbers shown with a fixed number of decimals at most. */
const DIGITS = Object.freeze({ amount: 2, exposure: 4, mass: 4, weightedCount: 2, marketClaimsPerConsumer: 4 });

/** Whether this page can word a code. */
export function knows(code) {
  return typeof code === 'string' && has(`prose.${code}`);
}

/** The sentence of a code with its values, in the reader's language; null for a code this page does not know. */
export function prose(code, args) {
  if (!knows(code)) return null;
  const values = {};
  for (const [name, value] of Object.entries(args || {})) values[name] = shown(code, name, value);
  // a flag the values do not mention is false: its words are left out, as the server's English does
  const template = t(`prose.${code}`);
  for (const m of template.matchAll(/\{(\w+)\}/g)) if (!(m[1] in values)) values[m[1]] = '';
  return t(`prose.${code}`, values).replace(/\s{2,}/g, ' ').trim();
}

function shown(code, name, value) {
  if (value === null || value === undefined) return '';
  // a flag's words: the code's own (prose.<code>.<flag>), else the shared ones (prose.flag.<flag>)
  if (typeof value === 'boolean') {
    if (!value) return '';
    if (has(`prose.${code}.${name}`)) return t(`prose.${code}.${name}`);
    return has(`prose.flag.${name}`) ? t(`prose.flag.${name}`) : '';
  }
  if (Array.isArray(value)) {
    if (name === 'path') return value.join(' → ');
    if (value.every((v) => v !== null && typeof v === 'object')) {
      return value.map((v) => prose(`${code}.${name}`, v) ?? '').filter(Boolean).join(t('prose.item-separator'));
    }
    return value.map((v) => shown(code, name.replace(/s$/, ''), v)).join(t('prose.list-separator'));
  }
  if (ENUMS[name]) return enumLabel(ENUMS[name], value);
  if (DATES.has(name)) return fmtDate(String(value));
  if (typeof value === 'number') {
    if (SHARES.has(name)) return new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
    return fmtNumber(value, DIGITS[name] ?? 2);
  }
  return String(value);
}

/** A text of the server: worded from its code when this page knows it, else its English marked as such. */
export function proseNode(tag, attrs, code, args, english) {
  const worded = prose(code, args);
  if (worded !== null) return h(tag, attrs, worded);
  if (!english) return null;
  return h(tag, { ...attrs, lang: 'en' }, english);
}

/** A credit factor's detail (party page, subject's report, counterparty check). */
export function factorDetail(f, attrs = {}) {
  return proseNode('div', { class: 'muted', ...attrs, dataset: { code: f.detailCode || '' } }, f.detailCode, f.detailArgs, f.detail);
}

/** Why a sanction does or does not propagate on the date. */
export function explanation(res, attrs = {}) {
  return proseNode('span', { ...attrs, dataset: { code: res.explanationCode || '' } }, res.explanationCode, res.explanationArgs, res.explanation);
}

/**
 * A notification's changes, one sentence each; a change about another member of the watched
 * party's resolved entity says so. Notifications stored before changes were kept have only their
 * English summary: other languages show their kinds instead.
 */
export function notificationSummary(n) {
  const changes = n.changes || [];
  if (changes.length && changes.every((c) => knows(c.summaryCode))) {
    return h('span', { dataset: { code: changes.map((c) => c.summaryCode).join(' ') } }, changes.map((c) => {
      const text = prose(c.summaryCode, c.summaryArgs);
      return c.subjectId && c.subjectId !== n.entityId ? t('prose.monitoring.member', { subjectId: c.subjectId, text }) : text;
    }).join(t('prose.item-separator')));
  }
  if (lang() === 'en' || !(n.kinds || []).length) return h('span', { lang: 'en' }, n.summary || '');
  return h('span', null, n.kinds.map((k) => enumLabel('NotificationKind', k)).join(t('prose.list-separator')));
}

/**
 * What a fraud alert or ring found, in one sentence (evidence.summaryCode/summaryArgs). An alert
 * stored by a scan before the codes existed has only its English summary, shown on English pages;
 * other languages show the alert's kind instead.
 */
export function alertSummary(kind, evidence, attrs = {}) {
  const ev = evidence || {};
  const worded = prose(ev.summaryCode, ev.summaryArgs);
  if (worded !== null) return h('span', { ...attrs, dataset: { code: ev.summaryCode } }, worded);
  if (lang() === 'en' && ev.summary) return h('span', { ...attrs, lang: 'en', dataset: { code: '' } }, ev.summary);
  return h('span', { ...attrs, dataset: { code: '' } }, enumLabel('AlertKind', kind));
}

/** What a partner department does under a measure: the department and its restrictions. */
export function partnerMeasure(m) {
  const department = m.departmentCode && has(`enum.Department.${m.departmentCode}`) ? enumLabel('Department', m.departmentCode) : null;
  const codes = m.restrictionCodes || [];
  const restrictions = (m.restrictions || []).map((text, i) => (codes[i] && has(`enum.PartnerRestriction.${codes[i]}`)
    ? h('span', null, enumLabel('PartnerRestriction', codes[i])) : h('span', { lang: 'en' }, text)));
  const parts = [];
  restrictions.forEach((r, i) => { if (i > 0) parts.push(t('prose.item-separator')); parts.push(r); });
  return h('div', { class: 'partner-measure' },
    department ? h('span', null, department) : h('span', { lang: 'en' }, m.department || ''), t('prose.department-colon'), parts);
}

/** The description of a propagation rule, or null when the bundles have none (a rule a regulator added). */
export function ruleDescription(rule) {
  return has(`prose.rule.${rule}`) ? t(`prose.rule.${rule}`) : null;
}

/** The rules behind a table's measures, each with its description: a list below the table. */
export function rulesLegend(rules, id) {
  const known = [...new Set(rules)].filter((r) => r && ruleDescription(r)).sort();
  if (!known.length) return null;
  return h('div', { class: 'rules-legend', id }, h('h3', null, t('prose.rules-heading')),
    h('dl', null, known.map((r) => [h('dt', { dataset: { rule: r } }, enumLabel('Rule', r)), h('dd', null, ruleDescription(r))])));
}
