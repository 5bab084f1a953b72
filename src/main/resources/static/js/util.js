// Small DOM helpers: elements are built with textContent, never from HTML strings of data.
import { t, fmtNumber, fmtDate, fmtInstant, dateElement, instantElement, enumLabel, enumLabelOfAnyType, has, lang } from './i18n.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

export function note(text, kind = '') { return h('p', { class: `note ${kind}`.trim() }, text); }

/** A note for a view whose backend answered 404/403. */
export function unavailable(what, error) {
  if (error?.status === 403) return note(t('common.not-available-role', { what }), 'warn');
  return note(t('common.not-available-server', { what }));
}

export function errorNote(e) {
  const p = e?.problem;
  const fields = (p?.errors || []).map((f) => `${f.field}: ${f.message}`).join('; ');
  return note(t('common.error-line', { title: p?.title || t('common.error'), status: p?.status ? ` (${p.status})` : '',
    message: e?.message || e, fields: fields ? ` — ${fields}` : '' }), 'error');
}

export function partyLink(id, label) {
  return h('a', { href: `#/party/${encodeURIComponent(id)}` }, label || id);
}

export function pathView(ids, labels = {}) {
  const parts = [];
  ids.forEach((id, i) => {
    if (i > 0) parts.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, '→'));
    parts.push(partyLink(id, labels[id] || id));
  });
  return h('span', { class: 'path', 'aria-label': t('common.path-aria', { ids: ids.join(t('common.path-to')) }) }, parts);
}

export function props(obj, entityType) {
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of Object.entries(obj || {})) {
    dl.append(h('dt', { dataset: { key: k } }, propertyLabel(k)), h('dd', null, propertyValue(obj, k, v, entityType)));
  }
  return dl;
}

export function fmt(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number') return Number.isInteger(v) ? fmtNumber(v) : fmtNumber(v, 3);
  if (Array.isArray(v)) return v.map(fmt).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  // days and instants as the language writes them (the ISO value is what the API gave)
  if (typeof v === 'string' && ISO_DAY.test(v)) return fmtDate(v);
  if (typeof v === 'string' && ISO_INSTANT.test(v)) return fmtInstant(v);
  return String(v);
}

/** A value that may be an ISO day or instant: a <time> element in the language's form, else fmt(v). */
export function when(v) {
  if (typeof v === 'string' && ISO_DAY.test(v)) return dateElement(v);
  if (typeof v === 'string' && ISO_INSTANT.test(v)) return instantElement(v);
  return fmt(v);
}

/** "30 Jun 2025 – 31 Dec 2025" (days in <time> elements); an open end says so. */
export function dateRange(from, to, openEnd) {
  return [when(from), ' – ', to ? when(to) : openEnd];
}

/** An ISO instant in the user's time zone and language, in a <time> element that keeps the ISO value. */
export function instant(iso) {
  return typeof iso === 'string' && ISO_INSTANT.test(iso) ? instantElement(iso) : fmt(iso);
}

/** A server's prose (credit factor details, notification summaries) with its enum constants as labels. */
export function withEnumLabels(text) {
  if (typeof text !== 'string') return fmt(text);
  return text.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?!:)/g, (v) => enumLabelOfAnyType(v) ?? v);
}

/**
 * An entity's label from the API in the reader's language: "Claim CLM… · 2021-10-19" starts with
 * the type's label, its day reads "19 Oct 2021" (2021年10月19日), and a policy's line, an
 * identifier's kind, a sanction's or record's kind are shown as labels. Names stay as they are.
 */
export function localLabel(type, label) {
  if (typeof label !== 'string' || !type) return label;
  let out = label.startsWith(`${type} `) ? `${enumLabel('EntityType', type)} ${label.slice(type.length + 1)}` : label;
  const kinds = { Policy: 'PolicyLine', Identifier: 'IdentifierKind', Sanction: 'SanctionKind', CreditRecord: 'RecordKind' }[type];
  if (kinds) out = out.replace(/^([A-Z][A-Z0-9_]*)(?= )|(?<= · )([A-Z][A-Z0-9_]*)(?= · |$)/g, (v) => (has(`enum.${kinds}.${v}`) ? enumLabel(kinds, v) : v));
  // a claim's or record's day as the language writes it
  return out.replace(/(?<= · )\d{4}-\d{2}-\d{2}(?= · |$)/g, (d) => fmtDate(d));
}

/** A property name of the graph model in the reader's language ("licenseNo" → "Licence no."). */
export function propertyLabel(name) { return enumLabel('Property', name); }

/** Properties whose values are enum constants, by property name (and entity type where it differs). */
const ENUM_PROPERTIES = {
  status: { Policy: 'PolicyStatus', Claim: 'ClaimStatus', '*': 'PartyStatus' },
  kind: { Intermediary: 'IntermediaryKind', Practitioner: 'PractitionerKind', Consumer: 'ConsumerKind', Provider: 'ProviderKind',
    Identifier: 'IdentifierKind', Sanction: 'SanctionKind', CreditRecord: 'RecordKind' },
  line: { '*': 'PolicyLine' }, cause: { '*': 'ClaimCause' }, role: { '*': 'AffiliationRole' },
};

/** A property's value, an enum constant shown with its label; entityType picks the enum where names clash. */
export function propertyValue(obj, name, v, entityType) {
  if (name === 'fraudFactors') return suspicionFactors(v);
  const types = ENUM_PROPERTIES[name];
  const type = types && (types[entityType] || types['*'] || Object.values(types).find((ty) => has(`enum.${ty}.${v}`)));
  if (type && typeof v === 'string') return enumLabel(type, v);
  return when(v);
}

/** A claim's suspicion factors as the last scan stored them (JSON text): each factor's label and contribution. */
function suspicionFactors(v) {
  let factors;
  try { factors = typeof v === 'string' ? JSON.parse(v) : v; } catch { return when(v); }
  if (!Array.isArray(factors)) return when(v);
  return new Intl.ListFormat(lang(), { type: 'unit' }).format(factors.map((f) => {
    const detector = /^DETECTOR_(.+)$/.exec(f.name || '');
    return `${detector ? enumLabel('AlertKind', detector[1]) : enumLabel('ClaimFactor', f.name)} ${fmtNumber(f.contribution, 3)}`;
  }));
}

export function table(columns, rows, { caption } = {}) {
  const tbl = h('table', null,
    caption ? h('caption', { class: 'sr-only' }, caption) : null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c.title)))),
    h('tbody', null, rows.map((r) => h('tr', null, columns.map((c) => h('td', null, c.cell(r)))))));
  return tbl;
}

export function today() { return new Date().toISOString().slice(0, 10); }

/** The query of the current hash route (#/view/arg?x=1). */
export function routeQuery() {
  const i = location.hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

export function go(path, query) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  location.hash = `#${path}${s ? '?' + s : ''}`;
}

export function setBusy(el, busy) { el.setAttribute('aria-busy', busy ? 'true' : 'false'); }

export function field(labelText, input) { return h('label', null, labelText, input); }

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
