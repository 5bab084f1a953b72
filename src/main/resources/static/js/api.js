// Calls the CredLink API with the signed-in user's HTTP Basic credentials (kept in sessionStorage,
// so they live only as long as the browser tab). A 401 signs out and returns to the login page.

import { lang } from './i18n.js';

const KEY = 'credlink.session';

/** An API answer other than 2xx, with its RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
  }
  /** The endpoint is absent (module not deployed) or the role may not call it. */
  get unavailable() { return this.status === 404 || this.status === 403 || this.status === 405; }
}

export function session() {
  try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { return null; }
}

export function saveSession(s) { sessionStorage.setItem(KEY, JSON.stringify(s)); }

export function signOut() { sessionStorage.removeItem(KEY); }

/** The value of an Authorization header for a name and password (UTF-8, as RFC 7617 recommends). */
export function basicToken(name, password) {
  const bytes = new TextEncoder().encode(`${name}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

let onUnauthorised = () => {};
export function whenUnauthorised(fn) { onUnauthorised = fn; }

/**
 * One API call. path is below /api/v1 ("/entities/X"); query an object of parameters (empty
 * values are left out). Answers the parsed JSON (or the Response itself with raw: true); body is
 * sent as JSON unless contentType names another type; headers adds request headers (X-Purpose).
 */
export async function api(path, { method = 'GET', query, body, accept = 'application/json', raw = false, token, contentType, headers: extra } = {}) {
  const url = new URL('/api/v1' + path, location.origin);
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  // extra headers first, so they cannot replace the ones below (e.g. X-Purpose of a check); problem
  // details come back in the explorer's language (English when a text has no translation)
  const headers = { ...(extra || {}), Accept: accept, 'Accept-Language': lang(), 'X-Requested-With': 'XMLHttpRequest' };
  const auth = token || session()?.token;
  if (auth) headers.Authorization = 'Basic ' + auth;
  let payload;
  if (body !== undefined) {
    // a body with its own content type (a CSV upload) is sent as it is
    headers['Content-Type'] = contentType || 'application/json';
    payload = contentType ? body : JSON.stringify(body);
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'omit', cache: 'no-store' });
  if (res.status === 401 && !token) {
    signOut();
    onUnauthorised();
  }
  if (!res.ok) {
    let problem = null;
    try { problem = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(res.status, problem);
  }
  if (raw) return res;
  if (res.status === 204) return null;
  return res.json();
}

/** Like api() but answers null when the endpoint is absent or forbidden (a module not deployed). */
export async function optional(path, options) {
  try {
    return { data: await api(path, options) };
  } catch (e) {
    if (e instanceof ApiError && e.unavailable) return { data: null, error: e };
    throw e;
  }
}

// Entities are fetched often (labels, tooltips): keep them for the life of the page.
const entityCache = new Map();
export function entity(id) {
  if (!entityCache.has(id)) {
    const p = api(`/entities/${encodeURIComponent(id)}`);
    p.catch(() => entityCache.delete(id));
    entityCache.set(id, p);
  }
  return entityCache.get(id);
}
export function clearCache() { entityCache.clear(); }

/** Runs fn over items with at most `limit` calls in flight. */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      try { out[i] = await fn(items[i], i); } catch (e) { out[i] = { error: e }; }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
