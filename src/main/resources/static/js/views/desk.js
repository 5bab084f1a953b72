// What the insurer's, the subject's and the administrator's pages share: API problems shown next
// to the fields they name, id lists from text or CSV, CSV files for Excel, pagers.
import { ApiError } from '../api.js';
import { h, clear, note } from '../util.js';
import { t, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('desk');

/** A problem of the API (or any error) as one line in the page's language. */
export function problemNote(e) {
  const p = e instanceof ApiError ? e.problem : null;
  const detail = [e?.message || String(e), ...(p?.errors || []).map((f) => `${f.field}: ${f.message}`)].join(' — ');
  return note(p?.title ? t('desk.error', { title: p.title, status: p.status ?? e.status, detail }) : t('desk.error-plain', { detail }), 'error');
}

/** A panel's note for an endpoint the role may not use (403) or that is not deployed (404). */
export function unavailableNote(what, e) {
  return note(t(e?.status === 403 ? 'common.not-available-role' : 'common.not-available-server', { what }), 'warn');
}

/**
 * A form's error places: one message element per field, by the name the API gives it
 * (errors[].field; "ids[3]" belongs to ids), and one for the whole form. The first field in
 * error gets the focus.
 */
export function errorSlots(form, fields) {
  const general = h('div', { class: 'form-error', role: 'alert' });
  form.append(general);
  const slots = {};
  for (const [name, input] of Object.entries(fields)) {
    const slot = h('span', { class: 'field-error', id: `${input.id}-error` });
    input.setAttribute('aria-describedby', slot.id);
    (input.closest('label') || input).insertAdjacentElement('afterend', slot);
    slots[name] = { input, slot };
  }
  const mark = (name, text) => {
    slots[name].slot.append(text);
    slots[name].input.setAttribute('aria-invalid', 'true');
  };
  const focusFirst = () => Object.values(slots).find((s) => s.input.getAttribute('aria-invalid'))?.input.focus();
  return {
    clear() {
      clear(general);
      for (const { input, slot } of Object.values(slots)) { clear(slot); input.removeAttribute('aria-invalid'); }
    },
    /** Puts a problem's field messages next to their fields; a problem type in byType goes to that field. */
    show(e, byType = {}) {
      const p = e instanceof ApiError ? e.problem : null;
      let placed = false;
      for (const f of p?.errors || []) {
        const key = String(f.field || '').replace(/\[\d+\]$/, '').split('.').pop();
        if (slots[key]) { mark(key, f.message); placed = true; }
      }
      const slug = (p?.type || '').split('/').pop();
      if (!placed && byType[slug] && slots[byType[slug]]) { mark(byType[slug], p.detail || p.title); placed = true; }
      if (placed) focusFirst(); else general.append(problemNote(e));
      if (placed) general.append(h('span', { class: 'sr-only' }, p?.title || ''));
    },
    message(name, text) { mark(name, text); focusFirst(); },
  };
}

/** Distinct ids from text: one per line, or separated by commas, semicolons or spaces. */
export function parseIds(text) {
  return [...new Set(String(text).split(/[\s,;，；、]+/).map((s) => s.trim()).filter(Boolean))];
}

/**
 * The ids in the first column of a CSV text (RFC 4180 quoting, a BOM and CRLF allowed). The
 * first row is a header, and skipped, when its first cell has no digit (ids have digits).
 */
export function idsFromCsv(text) {
  const rows = String(text).replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).map(firstCell).filter((c) => c !== '');
  if (rows.length && !/\d/.test(rows[0])) rows.shift();
  return [...new Set(rows)];
}

function firstCell(line) {
  const s = line.trim();
  if (!s.startsWith('"')) return s.split(',')[0].trim();
  let out = '';
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '"') {
      if (s[i + 1] === '"') { out += '"'; i++; } else break;
    } else out += s[i];
  }
  return out.trim();
}

/**
 * A CSV file for spreadsheets: UTF-8 with a byte order mark (so Excel reads Chinese right), CRLF,
 * every cell quoted; a cell that a spreadsheet would take for a formula gets a leading quote.
 */
export function csvBlob(rows) {
  const cell = (v) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const text = rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** A size in bytes as KB or MB. */
export function fmtBytes(n) {
  return n >= 1024 * 1024 ? `${fmtNumber(n / 1024 / 1024, 1)} MB` : `${fmtNumber(Math.ceil(n / 1024))} KB`;
}

export function yesNo(b) { return t(b ? 'desk.yes' : 'desk.no'); }

/** Previous / next buttons with "page x of y", or nothing for a single page. */
export function pager(page, size, total, to, idPrefix) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': t('desk.pager') },
    h('button', { type: 'button', class: 'secondary', id: `${idPrefix}-prev`, disabled: page === 0, onclick: () => to(page - 1) }, t('common.previous')),
    h('span', null, t('desk.page', { page: fmtNumber(page + 1), pages: fmtNumber(pages) })),
    h('button', { type: 'button', class: 'secondary', id: `${idPrefix}-next`, disabled: page + 1 >= pages, onclick: () => to(page + 1) }, t('common.next')));
}

/** Announces a line in the page's live region. */
export function announce(text) {
  const status = document.getElementById('status');
  if (status) clear(status).append(text);
}
