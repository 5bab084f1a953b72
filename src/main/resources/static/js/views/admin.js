// The administrator's pages: users (create with a role and the insurer or party it belongs to,
// disable and enable, reset a password) and the audit trail (filters, pages). The API decides
// who may: users are ADMIN's, the audit trail ADMIN's and REGULATOR's.
import { api, ApiError } from '../api.js';
import { h, clear, note, partyLink, routeQuery, go } from '../util.js';
import { t, enumLabel, fmtDate, fmtNumber, instantElement, loadMessages } from '../i18n.js';
import { errorSlots, problemNote, unavailableNote, pager, announce } from './desk.js';

await loadMessages('admin');

const ROLES = ['ADMIN', 'REGULATOR', 'ANALYST', 'INSURER', 'SUBJECT'];
const USERS_PAGE = 50;
const AUDIT_PAGE = 50;

export async function usersView(el) {
  const page = Math.max(0, Number(routeQuery().get('page')) || 0);
  const listing = h('section', { id: 'users-list', class: 'panel', 'aria-labelledby': 'users-list-title' });
  const reset = h('section', { id: 'users-reset', class: 'panel', hidden: true, 'aria-labelledby': 'reset-title' });
  el.append(h('h1', { id: 'users-title' }, t('admin.users.title')), h('p', { class: 'muted' }, t('admin.users.intro')),
    createPanel(() => showUsers(listing, reset, page)), listing, reset);
  await showUsers(listing, reset, page);
}

function createPanel(onCreated) {
  const name = h('input', { type: 'text', id: 'user-name', autocomplete: 'off', required: true, maxlength: 64 });
  const password = h('input', { type: 'password', id: 'user-password', autocomplete: 'new-password', required: true });
  const role = h('select', { id: 'user-role', required: true }, ROLES.map((r) => h('option', { value: r }, enumLabel('Role', r))));
  const org = h('input', { type: 'text', id: 'user-org', autocomplete: 'off' });
  const entity = h('input', { type: 'text', id: 'user-entity', autocomplete: 'off' });
  const orgLabel = h('label', { for: 'user-org' }, t('admin.users.org'), org);
  const entityLabel = h('label', { for: 'user-entity' }, t('admin.users.entity'), entity);
  const submit = h('button', { type: 'submit', id: 'user-create' }, t('admin.users.create'));
  const form = h('form', { id: 'user-form', novalidate: true, 'aria-labelledby': 'user-form-title' },
    h('div', { class: 'controls' },
      h('label', { for: 'user-name' }, t('admin.users.name'), name),
      h('label', { for: 'user-password' }, t('admin.users.password'), password),
      h('label', { for: 'user-role' }, t('admin.users.role'), role),
      orgLabel, entityLabel, submit),
    h('p', { class: 'muted' }, t('admin.users.rules')));
  const errors = errorSlots(form, { name, password, role, orgId: org, entityId: entity });
  role.value = 'ANALYST';
  // an insurer's user belongs to an insurer, a subject's to a party; the other roles to neither
  const roleChanged = () => {
    orgLabel.hidden = role.value !== 'INSURER';
    entityLabel.hidden = role.value !== 'SUBJECT';
  };
  role.addEventListener('change', roleChanged);
  roleChanged();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    submit.disabled = true;
    try {
      const body = { name: name.value.trim(), password: password.value, role: role.value,
        ...(role.value === 'INSURER' ? { orgId: org.value.trim() } : {}),
        ...(role.value === 'SUBJECT' ? { entityId: entity.value.trim() } : {}) };
      const created = await api('/users', { method: 'POST', body });
      announce(t('admin.users.created', { name: created.name, role: enumLabel('Role', created.role) }));
      form.reset();
      role.value = 'ANALYST';
      roleChanged();
      await onCreated();
      name.focus();
    } catch (e) {
      errors.show(e, { 'user-exists': 'name' });
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { class: 'panel', id: 'users-create' }, h('h2', { id: 'user-form-title' }, t('admin.users.new')), form);
}

async function showUsers(section, reset, page) {
  let answer;
  try {
    answer = await api('/users', { query: { page, size: USERS_PAGE } });
  } catch (e) {
    clear(section).append(e instanceof ApiError && e.unavailable ? unavailableNote(t('admin.users.title'), e) : problemNote(e));
    return;
  }
  const rows = answer.items || [];
  const cols = ['name', 'role', 'belongs', 'created', 'state', 'actions'];
  const message = h('div', { id: 'users-message', role: 'alert' });
  clear(section).append(
    h('h2', { id: 'users-list-title' }, t('admin.users.list', { total: fmtNumber(answer.total) })),
    message,
    h('table', { id: 'users-table' },
      h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, t(`admin.users.col.${c}`))))),
      h('tbody', null, rows.map((u) => h('tr', { dataset: { user: u.name, enabled: String(u.enabled) } },
        h('th', { scope: 'row' }, u.name),
        h('td', null, enumLabel('Role', u.role)),
        h('td', null, u.orgId ? partyLink(u.orgId) : u.entityId ? u.entityId : ''),
        h('td', null, instantElement(u.createdAt)),
        h('td', null, u.enabled ? t('admin.users.enabled') : h('span', { class: 'badge warn' }, t('admin.users.disabled'))),
        h('td', { class: 'actions' },
          h('button', {
            type: 'button', class: u.enabled ? 'secondary danger-text' : 'secondary', dataset: { action: u.enabled ? 'disable' : 'enable' },
            'aria-label': t(u.enabled ? 'admin.users.disable-label' : 'admin.users.enable-label', { name: u.name }),
            onclick: () => toggle(u, section, reset, page, message),
          }, t(u.enabled ? 'admin.users.disable' : 'admin.users.enable')), ' ',
          h('button', {
            type: 'button', class: 'secondary', dataset: { action: 'reset' },
            'aria-label': t('admin.users.reset-label', { name: u.name }),
            onclick: () => resetForm(reset, u.name),
          }, t('admin.users.reset'))))))),
    pager(page, USERS_PAGE, answer.total, (p) => go('/users', { page: p }), 'users'));
}

async function toggle(user, section, reset, page, message) {
  clear(message);
  try {
    const changed = await api(`/users/${encodeURIComponent(user.name)}/${user.enabled ? 'disable' : 'enable'}`, { method: 'POST' });
    announce(t(changed.enabled ? 'admin.users.now-enabled' : 'admin.users.now-disabled', { name: changed.name }));
    await showUsers(section, reset, page);
    section.querySelector(`tr[data-user="${CSS.escape(changed.name)}"] button[data-action]`)?.focus();
  } catch (e) {
    const slug = (e?.problem?.type || '').split('/').pop();
    message.append(slug === 'own-account' ? note(t('admin.users.own-account'), 'error') : problemNote(e));
  }
}

function resetForm(section, name) {
  const password = h('input', { type: 'password', id: 'reset-password', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit', id: 'reset-submit' }, t('admin.users.reset-submit'));
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'reset-cancel' }, t('common.cancel'));
  const form = h('form', { id: 'reset-form', novalidate: true, 'aria-labelledby': 'reset-title' },
    h('div', { class: 'controls' }, h('label', { for: 'reset-password' }, t('admin.users.new-password'), password), submit, cancel));
  const errors = errorSlots(form, { password });
  clear(section).append(h('h2', { id: 'reset-title' }, t('admin.users.reset-title', { name })), form);
  section.hidden = false;
  password.focus();
  const back = () => document.querySelector(`#users-table tr[data-user="${CSS.escape(name)}"] button[data-action="reset"]`)?.focus();
  cancel.addEventListener('click', () => { section.hidden = true; clear(section); back(); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    submit.disabled = true;
    try {
      await api(`/users/${encodeURIComponent(name)}/password`, { method: 'POST', body: { password: password.value } });
      section.hidden = true;
      clear(section);
      announce(t('admin.users.password-set', { name }));
      back();
    } catch (e) {
      errors.show(e);
    } finally {
      submit.disabled = false;
    }
  });
}

export async function auditView(el) {
  const q = routeQuery();
  const page = Math.max(0, Number(q.get('page')) || 0);
  const entity = h('input', { type: 'text', id: 'audit-entity', value: q.get('entityId') || '', autocomplete: 'off' });
  const actor = h('input', { type: 'text', id: 'audit-actor', value: q.get('actor') || '', autocomplete: 'off' });
  const from = h('input', { type: 'date', id: 'audit-from', value: q.get('from') || '' });
  const to = h('input', { type: 'date', id: 'audit-to', value: q.get('to') || '' });
  const submit = h('button', { type: 'submit', id: 'audit-search' }, t('admin.audit.search'));
  const form = h('form', { id: 'audit-form', class: 'panel', novalidate: true, 'aria-labelledby': 'audit-title' },
    h('div', { class: 'controls' },
      h('label', { for: 'audit-entity' }, t('admin.audit.entity'), entity),
      h('label', { for: 'audit-actor' }, t('admin.audit.actor'), actor),
      h('label', { for: 'audit-from' }, t('admin.audit.from'), from),
      h('label', { for: 'audit-to' }, t('admin.audit.to'), to),
      submit));
  const errors = errorSlots(form, { entityId: entity, actor, from, to });
  const results = h('section', { id: 'audit-results', 'aria-busy': 'true' });
  el.append(h('h1', { id: 'audit-title' }, t('admin.audit.title')), h('p', { class: 'muted' }, t('admin.audit.intro')), form, results);
  const filters = () => ({ entityId: entity.value.trim(), actor: actor.value.trim(), from: from.value, to: to.value });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    errors.clear();
    if (from.value && to.value && to.value < from.value) { errors.message('to', t('admin.audit.to-before-from')); return; }
    go('/audit', filters());
  });
  let answer;
  try {
    answer = await api('/audit', { query: { ...filters(), page, size: AUDIT_PAGE } });
  } catch (e) {
    results.setAttribute('aria-busy', 'false');
    if (e instanceof ApiError && e.unavailable && !e.problem?.errors) results.append(unavailableNote(t('admin.audit.title'), e));
    else errors.show(e);
    return;
  }
  const rows = answer.items || [];
  const cols = ['at', 'actor', 'role', 'action', 'entity', 'purpose', 'status'];
  results.append(
    h('p', { id: 'audit-summary' }, t('admin.audit.summary', { total: fmtNumber(answer.total) })),
    rows.length ? h('div', { class: 'scroll-x' }, h('table', { id: 'audit-table' },
      h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, t(`admin.audit.col.${c}`))))),
      h('tbody', null, rows.map((a) => h('tr', null,
        h('td', null, instantElement(a.at)), h('td', null, a.actor), h('td', null, enumLabel('Role', a.role)),
        // the API route that was called ("GET /api/v1/credit/scores/{id}"): not translated
        h('td', { class: 'mono', translate: 'no' }, a.action),
        h('td', null, a.entityId ? partyLink(a.entityId) : ''),
        h('td', null, a.purpose ? enumLabel('Purpose', a.purpose) : ''),
        h('td', null, a.status === undefined || a.status === null ? '' : String(a.status))))))) : note(t('admin.audit.none')),
    pager(page, AUDIT_PAGE, answer.total, (p) => go('/audit', { ...filters(), page: p }), 'audit'));
  results.setAttribute('aria-busy', 'false');
}
