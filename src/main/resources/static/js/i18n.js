// The explorer's languages: Simplified Chinese and English. Texts live in message bundles, one
// folder per language (/i18n/<lang>/<area>.json, flat "area.key": "text" maps with {name}
// placeholders); a view module loads its area with a top-level `await loadMessages('area')`, so
// its texts are there before it draws. The language comes from the switch (remembered in
// localStorage) or else from the browser's languages; changing it reloads the page.

export const LANGUAGES = Object.freeze([
  Object.freeze({ code: 'zh-CN', label: '中文' }),
  Object.freeze({ code: 'en', label: 'English' }),
]);
const STORAGE_KEY = 'credlink.lang';
const messages = new Map();
const loaded = new Map();

/** The language in use: the remembered choice, else the first browser language we have. */
export function lang() {
  const chosen = safeStorage()?.getItem(STORAGE_KEY);
  if (LANGUAGES.some((l) => l.code === chosen)) return chosen;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    if (/^zh\b/i.test(l) && !/^zh-(TW|HK|MO|Hant)/i.test(l)) return 'zh-CN';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

export function setLang(code) {
  if (!LANGUAGES.some((l) => l.code === code)) throw new Error(`unknown language ${code}`);
  safeStorage()?.setItem(STORAGE_KEY, code);
  location.reload();
}

/** Loads one area's bundle for the current language (once); missing keys fall back to English. */
export function loadMessages(area) {
  if (!/^[a-z][a-z0-9-]*$/.test(area)) throw new Error(`bad message area ${area}`);
  if (!loaded.has(area)) {
    const code = lang();
    loaded.set(area, Promise.all([fetchBundle('en', area), code === 'en' ? {} : fetchBundle(code, area)])
      .then(([fallback, own]) => {
        for (const [k, v] of Object.entries(fallback)) if (!messages.has(k)) messages.set(k, v);
        for (const [k, v] of Object.entries(own)) messages.set(k, v);
      }));
  }
  return loaded.get(area);
}

async function fetchBundle(code, area) {
  const response = await fetch(`/i18n/${code}/${area}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`message bundle ${code}/${area} answered ${response.status}`);
  return response.json();
}

/** The text of a key with its {placeholders} filled; an unknown key shows as itself (and warns). */
export function t(key, params) {
  const text = messages.get(key);
  if (text === undefined) {
    console.warn(`missing message ${key}`);
    return key;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined || params[name] === null ? m : String(params[name])));
}

/** Whether a key exists (for optional texts such as help lines). */
export function has(key) { return messages.has(key); }

/**
 * The label of an enum value (measures, kinds, rules, grades, statuses, roles…), from the
 * "enum.<Type>.<VALUE>" keys of the enums area; an unknown value shows as itself, never blank.
 */
export function enumLabel(type, value) {
  if (value === undefined || value === null || value === '') return '';
  const key = `enum.${type}.${value}`;
  return messages.has(key) ? messages.get(key) : String(value);
}

/**
 * The label of an enum value whose type is not known (a constant inside a server's text): the
 * first enums-area label of that value, or null.
 */
export function enumLabelOfAnyType(value) {
  const suffix = `.${value}`;
  for (const [k, v] of messages) if (k.startsWith('enum.') && k.endsWith(suffix)) return v;
  return null;
}

const dateFormats = new Map();
/** The Intl locale of dates: English reads "30 Jun 2025" (day first, as in Britain), Chinese "2025年6月30日". */
function dateLocale() { return lang() === 'zh-CN' ? 'zh-CN' : 'en-GB'; }

function dateFormat(key, options) {
  if (!dateFormats.has(key)) dateFormats.set(key, new Intl.DateTimeFormat(dateLocale(), options));
  return dateFormats.get(key);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day (ISO yyyy-mm-dd) as the language writes it: "30 Jun 2025", "2025年6月30日". A day is not
 * shifted by time zone. An instant given here is shown as its day in the user's zone;
 * fmtDate(iso, true) is fmtInstant(iso). Anything unreadable shows as it came.
 */
export function fmtDate(iso, withTime = false) {
  if (withTime) return fmtInstant(iso);
  if (!iso) return '';
  const day = typeof iso === 'string' && ISO_DAY.test(iso);
  const d = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return day ? dateFormat('day', { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
    : dateFormat('local-day', { dateStyle: 'medium' }).format(d);
}

/** An instant (ISO with offset) in the user's time zone: "30 Jun 2025, 14:05", "2025年6月30日 14:05". */
export function fmtInstant(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return dateFormat('instant', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A <time> element: the ISO value stays machine-readable in datetime, the text is the language's. */
export function dateElement(iso) { return timeElement(iso, fmtDate(iso)); }

/** A <time> element for an instant, shown in the user's time zone. */
export function instantElement(iso) { return timeElement(iso, fmtInstant(iso)); }

function timeElement(iso, text) {
  if (!iso) return document.createTextNode('');
  const el = document.createElement('time');
  el.setAttribute('datetime', String(iso));
  el.textContent = text;
  return el;
}

const numberFormats = new Map();
export function fmtNumber(n, digits) {
  if (n === undefined || n === null || n === '') return '';
  const key = String(digits);
  if (!numberFormats.has(key)) {
    numberFormats.set(key, new Intl.NumberFormat(lang(), digits === undefined ? {} : { maximumFractionDigits: digits }));
  }
  return numberFormats.get(key).format(n);
}

function safeStorage() {
  try { return window.localStorage; } catch { return null; }
}

document.documentElement.lang = lang();
