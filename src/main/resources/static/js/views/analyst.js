// What the analyst's pages (triage, cases, dashboard) share: problem details shown in the user's
// language, and the API's validation errors put next to the fields they are about.
import { h } from '../util.js';
import { t, loadMessages } from '../i18n.js';

await loadMessages('analyst');

/** A note for a failed call: 403 and 404 say so plainly, others show the problem's title and detail. */
export function problemNote(what, e) {
  if (e?.status === 403) return h('p', { class: 'note warn' }, t('analyst.not-allowed', { what }));
  if (e?.status === 404 && !e?.problem?.detail) return h('p', { class: 'note' }, t('analyst.not-deployed', { what }));
  if (e?.status === 404) return h('p', { class: 'note warn' }, t('analyst.not-found', { what }));
  const p = e?.problem;
  return h('p', { class: 'note error', role: 'alert' },
    t('analyst.error', { title: p?.title || t('analyst.error-title'), detail: p?.detail || e?.message || String(e) }));
}

/**
 * Shows a problem's errors[] beside the inputs whose name is the error's field (the input gets
 * aria-invalid and aria-describedby); answers the errors no input claims.
 */
export function showFieldErrors(form, problem) {
  clearFieldErrors(form);
  const rest = [];
  for (const err of problem?.errors || []) {
    const name = String(err.field || '').replace(/^[a-zA-Z]+Request\./, '');
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!input) { rest.push(err); continue; }
    const id = `${input.id || name}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.closest('label')?.after(h('p', { class: 'field-error', id, dataset: { field: name } }, t('analyst.field-error', { message: err.message })));
  }
  return rest;
}

export function clearFieldErrors(form) {
  for (const e of form.querySelectorAll('.field-error')) e.remove();
  for (const i of form.querySelectorAll('[aria-invalid]')) { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); }
}

/** Puts a message in the page's aria-live status region. */
export function announce(text) {
  const s = document.getElementById('status');
  if (s) s.textContent = text;
}
