// The explorer's shell: sign-in, navigation and a hash router (#/view/arg?query).
import { api, ApiError, basicToken, saveSession, session, signOut, whenUnauthorised, clearCache } from './api.js';
import { h, clear, note } from './util.js';
import { searchView } from './views/search.js';
import { partyView } from './views/party.js';
import { graphView } from './views/graph.js';
import { pathsView } from './views/paths.js';
import { fraudView, ringView, alertView } from './views/fraud.js';
import { impactView, sanctionView } from './views/impact.js';
import { listsView } from './views/lists.js';
import { reviewView } from './views/review.js';
import { watchlistsView, notificationsView } from './views/monitoring.js';
import { checkView } from './views/check.js';
import { meView } from './views/me.js';
import { usersView, auditView } from './views/admin.js';
import { triageView } from './views/triage.js';
import { casesRoute } from './views/cases.js';
import { dashboardView } from './views/dashboard.js';
import { recordView, itemView, objectionsView, accessRequestsView, feedbackView } from './views/regulator.js';
import { loadMessages, t, enumLabel, LANGUAGES, lang, setLang } from './i18n.js';

await Promise.all([loadMessages('common'), loadMessages('enums')]);
translateStatic(document);

const main = document.getElementById('view');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let cleanup = null;

const ROUTES = {
  search: searchView, party: partyView, graph: graphView, paths: pathsView,
  fraud: (el, [kind, id]) => (kind === 'ring' ? ringView(el, id) : kind === 'alert' ? alertView(el, id) : fraudView(el)),
  impact: impactView, sanction: (el, [id]) => sanctionView(el, id), lists: listsView,
  review: reviewView,
  watchlists: watchlistsView, notifications: notificationsView,
  check: checkView, me: meView, users: usersView, audit: auditView,
  // the analyst's work: triage queue, cases, dashboard (investigators only, as the API rules)
  triage: triageView, cases: casesRoute, dashboard: dashboardView,
  // the regulator's workflows
  record: recordView, item: itemView, objections: objectionsView, 'access-requests': accessRequestsView, feedback: feedbackView,
};
const INVESTIGATOR_VIEWS = ['triage', 'cases', 'dashboard'];
// menu entries that name their message (their areas are loaded by the view modules imported above)
for (const a of nav.querySelectorAll('a[data-i18n]')) a.textContent = t(a.dataset.i18n);

languageSwitch();

whenUnauthorised(() => {
  if (!location.hash.startsWith('#/login')) location.hash = '#/login?expired=1';
});

document.getElementById('logout').addEventListener('click', () => {
  signOut();
  clearCache();
  location.hash = '#/login';
});

// The skip link must not change the hash: "#view" would be routed (to the search page).
document.querySelector('a.skip').addEventListener('click', (ev) => {
  ev.preventDefault();
  const target = main.querySelector('h1') || main;
  target.setAttribute('tabindex', '-1');
  target.focus();
});

window.addEventListener('hashchange', route);
route();

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart] = hash.split('?');
  const [name, ...args] = pathPart.split('/').map(decodeURIComponent);
  const s = session();
  if (s && name !== 'login' && !deskAllows(s.role, name)) { location.replace(`#/${homeOf(s.role)}`); return; }
  if (cleanup) { try { cleanup(); } catch { /* view already gone */ } cleanup = null; }
  clear(main);
  if (!s || name === 'login') {
    if (s && name === 'login') { signOut(); clearCache(); }
    showSignedIn(null);
    loginView(main);
    return;
  }
  showSignedIn(s);
  const view = ROUTES[name] || ROUTES[homeOf(s.role)];
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset.nav === (ROUTES[name] ? name : homeOf(s.role)) || (name === 'party' && a.dataset.nav === 'search')
        || (name === 'sanction' && a.dataset.nav === 'impact')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const result = view(main, args);
  Promise.resolve(result).then((c) => { if (typeof c === 'function') cleanup = c; }).catch((e) => {
    main.append(note(t('common.view-failed', { message: e.message }), 'error'));
  });
  const heading = main.querySelector('h1');
  (heading || main).setAttribute('tabindex', '-1');
  (heading || main).focus({ preventScroll: true });
}

function showSignedIn(s) {
  nav.hidden = !s;
  who.hidden = !s;
  if (!s) clear(document.getElementById('who-name'));
  if (s) {
    const name = document.getElementById('who-name');
    clear(name).append(t('common.signed-in-as'), h('strong', null, s.name), s.role ? ' ' : '', s.role ? h('span', { class: 'role' }, enumLabel('Role', s.role)) : '');
    for (const a of nav.querySelectorAll('a')) {
      const hide = ((a.dataset.nav === 'fraud' || a.dataset.nav === 'review' || INVESTIGATOR_VIEWS.includes(a.dataset.nav)) && s.role === 'INSURER');
      a.hidden = hide || !deskAllows(s.role, a.dataset.nav);
    }
    // the regulator's workflows: shown to those who record and decide
    for (const a of nav.querySelectorAll('a[data-regulator]')) {
      a.textContent = t(a.dataset.regulator);
      a.hidden = !['ADMIN', 'REGULATOR'].includes(s.role);
    }
  }
}

/**
 * The texts of index.html (skip link, menu, log-out button, title): an element with
 * data-i18n="key" gets the text of key; data-i18n-aria-label="key" its aria-label.
 */
function translateStatic(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
}

/** The language switch in the header: shown on every page, the sign-in page included. */
function languageSwitch() {
  const select = h('select', { id: 'lang', 'aria-label': t('common.language') },
    LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === lang() }, l.label)));
  select.addEventListener('change', () => setLang(select.value));
  document.querySelector('header.top').append(h('label', { class: 'lang' }, select));
}

function loginView(el) {
  const expired = new URLSearchParams(location.hash.split('?')[1] || '').has('expired');
  const name = h('input', { type: 'text', id: 'login-name', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { type: 'password', id: 'login-password', name: 'password', autocomplete: 'current-password', required: true });
  const message = h('div', { id: 'login-message', role: 'alert' });
  const submit = h('button', { type: 'submit', id: 'login-submit' }, t('common.sign-in'));
  const form = h('form', { 'aria-labelledby': 'login-title', novalidate: true },
    h('label', { for: 'login-name' }, t('common.user-name'), name),
    h('label', { for: 'login-password' }, t('common.password'), password),
    submit, message);
  el.append(h('section', { class: 'login panel' },
    h('h1', { id: 'login-title' }, t('common.sign-in-title')),
    h('p', { class: 'muted' }, t('common.sign-in-help')),
    expired ? note(t('common.session-ended'), 'warn') : null,
    form));
  name.focus();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(message);
    if (!name.value.trim() || !password.value) {
      message.append(note(t('common.enter-credentials'), 'error'));
      return;
    }
    submit.disabled = true;
    try {
      const token = basicToken(name.value.trim(), password.value);
      const role = await probeRole(name.value.trim(), token);
      saveSession({ name: name.value.trim(), token, role });
      clearCache();
      const home = `#/${homeOf(role)}`;
      if (location.hash === home) route(); else location.hash = home;
    } catch (e) {
      message.append(note(e.message, 'error'));
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
}

/**
 * Checks the credentials with a read every explorer role may do, then works out the role from
 * what the API allows (the API stays the judge: views still handle 403 on their own).
 */
async function probeRole(name, token) {
  try {
    await api('/lists/black', { query: { size: 1 }, token });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw new Error(t('common.credentials-refused'));
    if (e instanceof ApiError && e.status === 403) return subjectOrRefused(token);
    throw new Error(t('common.server-unexpected', { message: e.message }));
  }
  const allowed = async (path, options) => {
    try { await api(path, { ...options, token }); return true; } catch (e) { return !(e instanceof ApiError && e.status === 403); }
  };
  try {
    const me = await api(`/users/${encodeURIComponent(name)}`, { token });
    return me.role;
  } catch { /* not an administrator */ }
  if (await allowed('/sanctions/impact', { method: 'POST', body: {} })) return 'REGULATOR';
  if (await allowed('/sanctions/-/propagation')) return 'ANALYST';
  return 'INSURER';
}

// --- Desk: the insurer's check, the subject's own report, the administrator's users and audit ---
for (const a of nav.querySelectorAll('a[data-desk]')) a.textContent = t(`desk.nav.${a.dataset.nav}`);

/** Views a role may open; the API stays the judge, this only keeps menus and routes to what works. */
function deskAllows(role, view) {
  if (role === 'SUBJECT') return view === 'me';
  const only = { me: ['SUBJECT'], users: ['ADMIN'], audit: ['ADMIN', 'REGULATOR'] }[view];
  return !only || only.includes(role);
}

function homeOf(role) { return role === 'SUBJECT' ? 'me' : 'search'; }

/** A user refused the lists is a SUBJECT when its own report answers; any other refusal stands. */
async function subjectOrRefused(token) {
  try {
    await api('/me/credit-report', { token });
    return 'SUBJECT';
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) return 'SUBJECT'; // a subject user linked to no party: its page says so
    throw new Error(t('desk.refused'));
  }
}
