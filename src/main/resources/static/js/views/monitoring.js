// Continuous monitoring: watch lists (members with their current grade and blacklisting, added by
// ids or a CSV file), webhook subscriptions (the secret is made here and shown once) and the
// notifications inbox with the state of each delivery and of its reading (the owner's: an insurer's
// colleagues share it). Labels are in T, from the monitoring bundle.
import { api, ApiError } from '../api.js';
import { h, clear, note, errorNote, routeQuery, go, table, fmt, instant, partyLink, withEnumLabels } from '../util.js';
import { notificationSummary } from '../prose.js';
import { t, enumLabel, fmtInstant, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('monitoring');

const T = {
  lists: t('monitoring.lists'),
  listsIntro: t('monitoring.lists-intro'),
  newList: t('monitoring.new-list'),
  name: t('monitoring.name'),
  ids: t('monitoring.ids'),
  create: t('monitoring.create'),
  created: (name) => t('monitoring.created', { name }),
  noLists: t('monitoring.no-lists'),
  columnsLists: { name: t('monitoring.columns-lists-name'), members: t('monitoring.columns-lists-members'), created: t('monitoring.columns-lists-created') },
  back: t('monitoring.back'),
  members: t('monitoring.members'),
  membersSummary: (n) => t(n === 1 ? 'monitoring.members-one' : 'monitoring.members-n', { n: fmtNumber(n) }),
  noMembers: t('monitoring.no-members'),
  columnsMembers: { party: t('monitoring.columns-members-party'), type: t('monitoring.columns-members-type'), grade: t('monitoring.columns-members-grade'), score: t('monitoring.columns-members-score'), blacklisted: t('monitoring.columns-members-blacklisted'), resolved: t('monitoring.columns-members-resolved'), remove: t('monitoring.columns-members-remove') },
  removeLabel: (id) => t('monitoring.remove-label', { id }),
  removed: (id) => t('monitoring.removed', { id }),
  notFound: t('monitoring.not-found'),
  addMembers: t('monitoring.add-members'),
  add: t('monitoring.add'),
  added: (n) => t(n === 1 ? 'monitoring.added-one' : 'monitoring.added-n', { n: fmtNumber(n) }),
  csv: t('monitoring.csv'),
  upload: t('monitoring.upload'),
  chooseFile: t('monitoring.choose-file'),
  enterIds: t('monitoring.enter-ids'),
  deleteList: t('monitoring.delete-list'),
  deleteConfirm: (name) => t('monitoring.delete-confirm', { name }),
  deleteYes: t('monitoring.delete-yes'),
  deleteNo: t('monitoring.delete-no'),
  deleted: (name) => t('monitoring.deleted', { name }),
  kept: (name) => t('monitoring.kept', { name }),
  subscriptions: t('monitoring.subscriptions'),
  subscriptionsIntro: t('monitoring.subscriptions-intro'),
  url: t('monitoring.url'),
  events: t('monitoring.events'),
  secret: t('monitoring.secret'),
  newSecret: t('monitoring.new-secret'),
  subscribe: t('monitoring.subscribe'),
  secretOnce: t('monitoring.secret-once'),
  noSubscriptions: t('monitoring.no-subscriptions'),
  columnsSubs: { url: t('monitoring.columns-subs-url'), events: t('monitoring.columns-subs-events'), created: t('monitoring.columns-subs-created'), pending: t('monitoring.columns-subs-pending'), delivered: t('monitoring.columns-subs-delivered'), failed: t('monitoring.columns-subs-failed'), last: t('monitoring.columns-subs-last'), error: t('monitoring.columns-subs-error') },
  pickEvents: t('monitoring.pick-events'),
  inbox: t('monitoring.inbox'),
  inboxIntro: t('monitoring.inbox-intro'),
  list: t('monitoring.list'),
  anyList: t('monitoring.any-list'),
  refresh: t('monitoring.refresh'),
  updated: (time) => t('monitoring.updated', { time }),
  noNotifications: t('monitoring.no-notifications'),
  columnsInbox: { at: t('monitoring.columns-inbox-at'), kinds: t('monitoring.columns-inbox-kinds'), party: t('monitoring.columns-inbox-party'), concerns: t('monitoring.columns-inbox-concerns'), list: t('monitoring.columns-inbox-list'), summary: t('monitoring.columns-inbox-summary'), delivery: t('monitoring.columns-inbox-delivery'), attempts: t('monitoring.columns-inbox-attempts'), error: t('monitoring.columns-inbox-error'), read: t('monitoring.columns-inbox-read') },
  markRead: t('monitoring.mark-read'),
  markReadLabel: (party, time) => t('monitoring.mark-read-label', { party, time }),
  markAll: t('monitoring.mark-all-read'),
  readBy: (user) => t('monitoring.read-by', { user }),
  unreadShown: (n) => t(n === 1 ? 'monitoring.unread-one' : 'monitoring.unread-n', { n: fmtNumber(n) }),
  markedRead: (n, unread) => t('monitoring.marked-read', { n: fmtNumber(n), unread: fmtNumber(unread) }),
  nothingUnread: t('monitoring.nothing-unread'),
  page: (p, n) => t('common.page-of', { page: p, pages: n }),
  previous: t('monitoring.previous'),
  next: t('monitoring.next'),
  loading: t('monitoring.loading'),
};

const KINDS = ['SANCTION_RECORDED', 'BLACKLISTED', 'RESTRICTED', 'GRADE_CHANGED', 'ALERT_RAISED', 'OBJECTION_RESOLVED'];
const PAGE = 50;

/** Announces a line in the page's live region (it outlives the view, so a result stays heard after a move). */
function announce(text) {
  const status = document.getElementById('status');
  if (status) clear(status).append(text);
}

/** A delivery error as the server wrote it (an HTTP status, a Java exception): its English, marked as such. */
function serverError(text) {
  return text ? h('span', { class: 'mono', lang: 'en' }, text) : '—';
}

/** Ids typed or pasted: one per line, or separated by commas, semicolons or spaces. */
function parseIds(text) {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/**
 * A form's error places: each field's message element by the name the API gives the field
 * (errors[].field, "entityIds[3]" belongs to entityIds), plus one for the whole form.
 */
function errorSlots(form, fields) {
  const general = h('div', { class: 'form-error', role: 'alert' });
  form.append(general);
  const slots = {};
  for (const [name, input] of Object.entries(fields)) {
    const slot = h('span', { class: 'field-error', id: `${input.id}-error`, role: 'alert' });
    input.setAttribute('aria-describedby', slot.id);
    input.insertAdjacentElement('afterend', slot);
    slots[name] = { input, slot };
  }
  return {
    clear() {
      clear(general);
      for (const { input, slot } of Object.values(slots)) { clear(slot); input.removeAttribute('aria-invalid'); }
    },
    /** Puts a problem's messages next to their fields; problem types named in byType go to a field too. */
    show(e, byType = {}) {
      const p = e instanceof ApiError ? e.problem : null;
      let placed = false;
      for (const f of p?.errors || []) {
        const key = String(f.field || '').replace(/\[\d+\]$/, '').split('.').pop();
        const target = slots[key];
        if (target) {
          target.slot.append(`${f.message}`);
          target.input.setAttribute('aria-invalid', 'true');
          placed = true;
        }
      }
      const slug = (p?.type || '').split('/').pop();
      if (!placed && byType[slug] && slots[byType[slug]]) {
        const target = slots[byType[slug]];
        target.slot.append(p.detail || p.title);
        target.input.setAttribute('aria-invalid', 'true');
        placed = true;
      }
      if (!placed) general.append(errorNote(e));
      else (Object.values(slots).find((s) => s.input.getAttribute('aria-invalid'))?.input)?.focus();
    },
    message(field, text) {
      slots[field].slot.append(text);
      slots[field].input.setAttribute('aria-invalid', 'true');
      slots[field].input.focus();
    },
  };
}

function pager(page, total, to) {
  const pages = Math.max(1, Math.ceil(total / PAGE));
  if (pages <= 1) return null;
  return h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'secondary', disabled: page === 0, onclick: () => to(page - 1) }, T.previous),
    T.page(page + 1, pages),
    h('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => to(page + 1) }, T.next));
}

export async function watchlistsView(el, [id]) {
  if (id) return watchlistView(el, id);
  const page = Math.max(0, Number(routeQuery().get('page')) || 0);
  const name = h('input', { type: 'text', id: 'wl-name', maxlength: 200, required: true });
  const ids = h('textarea', { id: 'wl-ids', rows: 3 });
  const out = h('div', { id: 'wl-created', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'wl-create' }, T.create);
  const form = h('form', { 'aria-labelledby': 'h-new-list', novalidate: true },
    h('label', { for: 'wl-name' }, T.name, name),
    h('label', { for: 'wl-ids' }, T.ids, ids), submit);
  const errors = errorSlots(form, { name, entityIds: ids });
  const panel = h('section', { class: 'panel', id: 'wl-lists', 'aria-labelledby': 'h-lists' }, h('h2', { id: 'h-lists' }, T.lists), note(T.loading));
  el.append(h('h1', null, T.lists), h('p', { class: 'muted' }, T.listsIntro),
    h('section', { class: 'panel' }, h('h2', { id: 'h-new-list' }, T.newList), form, out), panel);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    clear(out);
    if (!name.value.trim()) { errors.message('name', t('monitoring.must-not-be-blank')); return; }
    submit.disabled = true;
    try {
      const created = await api('/watchlists', { method: 'POST', body: { name: name.value.trim(), entityIds: parseIds(ids.value) } });
      go(`/watchlists/${encodeURIComponent(created.id)}`, { created: '1' });
    } catch (e) {
      errors.show(e, { 'entity-not-found': 'entityIds' });
    } finally {
      submit.disabled = false;
    }
  });

  try {
    const res = await api('/watchlists', { query: { page, size: PAGE } });
    const items = res.items || [];
    const tbl = table([
      { title: T.columnsLists.name, cell: (w) => h('a', { href: `#/watchlists/${encodeURIComponent(w.id)}`, class: 'wl-link' }, w.name) },
      { title: T.columnsLists.members, cell: (w) => fmt((w.entityIds || []).length) },
      { title: T.columnsLists.created, cell: (w) => instant(w.createdAt) },
    ], items, { caption: T.lists });
    tbl.id = 'wl-table';
    panel.replaceChildren(h('h2', { id: 'h-lists' }, T.lists), items.length ? tbl : note(T.noLists),
      ...[pager(page, res.total || 0, (p) => go('/watchlists', { page: p }))].filter(Boolean));
  } catch (e) {
    panel.append(errorNote(e));
  }
  return undefined;
}

async function watchlistView(el, id) {
  const q = routeQuery();
  const page = Math.max(0, Number(q.get('page')) || 0);
  el.append(h('p', null, h('a', { href: '#/watchlists' }, T.back)));
  let list;
  try {
    list = await api(`/watchlists/${encodeURIComponent(id)}`);
  } catch (e) {
    el.append(h('h1', null, `${T.lists}: ${id}`), errorNote(e));
    return undefined;
  }
  const heading = h('h1', null, list.name);
  const status = h('div', { id: 'wl-status', role: 'status', 'aria-live': 'polite' });
  if (q.get('created')) status.append(note(T.created(list.name)));
  const del = h('button', { type: 'button', id: 'wl-delete', class: 'secondary' }, T.deleteList);
  // asked in the page rather than by window.confirm: the question is in the page's language and read by screen readers
  const confirmBox = h('div', { class: 'confirm', id: 'wl-delete-confirm', role: 'group', 'aria-labelledby': 'wl-delete-question', hidden: true });
  del.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger', id: 'wl-delete-yes' }, T.deleteYes);
    const no = h('button', { type: 'button', class: 'secondary', id: 'wl-delete-no' }, T.deleteNo);
    clear(confirmBox).append(h('p', { id: 'wl-delete-question' }, T.deleteConfirm(list.name)), h('div', { class: 'controls' }, yes, no));
    confirmBox.hidden = false;
    del.disabled = true;
    yes.focus();
    no.addEventListener('click', () => {
      confirmBox.hidden = true;
      del.disabled = false;
      del.focus();
      announce(T.kept(list.name));
    });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      try {
        await api(`/watchlists/${encodeURIComponent(id)}`, { method: 'DELETE' });
        announce(T.deleted(list.name));
        go('/watchlists');
      } catch (e) {
        confirmBox.hidden = true;
        del.disabled = false;
        status.replaceChildren(errorNote(e));
        del.focus();
      }
    });
  });
  el.append(heading, h('p', { class: 'muted mono' }, list.id, ' · ', list.owner), status);

  // members: add by ids or CSV, the current page with grade and blacklisting
  const addIds = h('textarea', { id: 'wl-add-ids', rows: 2 });
  const addBtn = h('button', { type: 'submit', id: 'wl-add' }, T.add);
  const addForm = h('form', { class: 'inline', 'aria-label': T.addMembers, novalidate: true }, h('label', { for: 'wl-add-ids' }, T.ids, addIds), addBtn);
  const addErrors = errorSlots(addForm, { entityIds: addIds });
  const file = h('input', { type: 'file', id: 'wl-csv', accept: '.csv,text/csv' });
  const uploadBtn = h('button', { type: 'submit', id: 'wl-upload', class: 'secondary' }, T.upload);
  const uploadForm = h('form', { class: 'inline', 'aria-label': T.upload, novalidate: true }, h('label', { for: 'wl-csv' }, T.csv, file), uploadBtn);
  const uploadErrors = errorSlots(uploadForm, { file });
  const membersPanel = h('section', { class: 'panel', id: 'wl-members', 'aria-labelledby': 'h-members' });
  el.append(h('section', { class: 'panel', 'aria-labelledby': 'h-add' }, h('h2', { id: 'h-add' }, T.addMembers), addForm, uploadForm), membersPanel);

  const reload = (extra) => go(`/watchlists/${encodeURIComponent(id)}`, { page, t: Date.now(), ...extra });
  addForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    addErrors.clear();
    const entityIds = parseIds(addIds.value);
    if (!entityIds.length) { addErrors.message('entityIds', T.enterIds); return; }
    addBtn.disabled = true;
    try {
      const updated = await api(`/watchlists/${encodeURIComponent(id)}/entities`, { method: 'POST', body: { entityIds } });
      sessionStorage.setItem('credlink.watchlist.done', T.added(updated.entityIds.length));
      reload();
    } catch (e) {
      addErrors.show(e, { 'entity-not-found': 'entityIds' });
    } finally { addBtn.disabled = false; }
  });
  uploadForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    uploadErrors.clear();
    if (!file.files.length) { uploadErrors.message('file', T.chooseFile); return; }
    uploadBtn.disabled = true;
    try {
      const text = await file.files[0].text();
      const updated = await api(`/watchlists/${encodeURIComponent(id)}/entities`, { method: 'POST', body: text, contentType: 'text/csv' });
      sessionStorage.setItem('credlink.watchlist.done', T.added(updated.entityIds.length));
      reload();
    } catch (e) {
      uploadErrors.show(e, { 'entity-not-found': 'file', 'invalid-input': 'file', validation: 'file' });
    } finally { uploadBtn.disabled = false; }
  });
  const done = sessionStorage.getItem('credlink.watchlist.done');
  if (done) { status.append(note(done)); sessionStorage.removeItem('credlink.watchlist.done'); }

  const members = list.entityIds || [];
  const shown = members.slice(page * PAGE, (page + 1) * PAGE);
  membersPanel.append(h('h2', { id: 'h-members' }, T.members), h('p', { id: 'wl-summary' }, T.membersSummary(members.length)));
  if (!shown.length) membersPanel.append(note(T.noMembers));
  else {
    let checks = {};
    try {
      const res = await api('/counterparty-checks', { method: 'POST', body: { ids: shown } });
      for (const r of res.results || []) checks[r.entityId] = r;
    } catch (e) {
      membersPanel.append(errorNote(e));
      checks = {};
    }
    const remove = async (memberId, button) => {
      button.disabled = true;
      try {
        await api(`/watchlists/${encodeURIComponent(id)}/entities/${encodeURIComponent(memberId)}`, { method: 'DELETE' });
        sessionStorage.setItem('credlink.watchlist.done', T.removed(memberId));
        reload();
      } catch (e) { status.replaceChildren(errorNote(e)); button.disabled = false; }
    };
    const c = (m) => checks[m] || {};
    const tbl = table([
      { title: T.columnsMembers.party, cell: (m) => partyLink(m) },
      { title: T.columnsMembers.type, cell: (m) => (c(m).found === false ? T.notFound : (c(m).entityType ? enumLabel('EntityType', c(m).entityType) : '—')) },
      { title: T.columnsMembers.grade, cell: (m) => (c(m).grade ? h('span', { class: `badge grade-${c(m).grade}` }, enumLabel('Grade', c(m).grade)) : '—') },
      { title: T.columnsMembers.score, cell: (m) => fmt(c(m).score) },
      { title: T.columnsMembers.blacklisted, cell: (m) => (c(m).blacklisted ? h('span', { class: 'badge black' }, t('monitoring.yes')) : fmt(c(m).blacklisted)) },
      { title: T.columnsMembers.resolved, cell: (m) => (c(m).resolvedId && c(m).resolvedId !== m ? partyLink(c(m).resolvedId) : '—') },
      { title: T.columnsMembers.remove, cell: (m) => { const b = h('button', { type: 'button', class: 'secondary wl-remove', 'aria-label': T.removeLabel(m), dataset: { id: m } }, '✕'); b.addEventListener('click', () => remove(m, b)); return b; } },
    ], shown, { caption: T.members });
    tbl.id = 'wl-members-table';
    membersPanel.append(tbl);
    const p = pager(page, members.length, (n) => go(`/watchlists/${encodeURIComponent(id)}`, { page: n }));
    if (p) membersPanel.append(p);
  }

  el.append(await subscriptionsPanel(id), h('p', { class: 'controls' }, h('a', { href: `#/notifications?watchlistId=${encodeURIComponent(id)}`, id: 'wl-inbox' }, T.inbox), ' ', del), confirmBox);
  return undefined;
}

function randomSecret() {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function subscriptionsPanel(id) {
  const url = h('input', { type: 'url', id: 'sub-url', placeholder: 'https://', maxlength: 2000, required: true });
  const secret = h('input', { type: 'text', id: 'sub-secret', value: randomSecret(), minlength: 16, maxlength: 200, autocomplete: 'off', class: 'mono' });
  const regenerate = h('button', { type: 'button', class: 'secondary', id: 'sub-regenerate', onclick: () => { secret.value = randomSecret(); } }, T.newSecret);
  const boxes = KINDS.map((k) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'sub-event', value: k, checked: true }), ` ${enumLabel('NotificationKind', k)}`));
  const eventsSet = h('fieldset', { id: 'sub-events', tabindex: '-1' }, h('legend', null, T.events), boxes);
  const submit = h('button', { type: 'submit', id: 'sub-create' }, T.subscribe);
  const form = h('form', { 'aria-labelledby': 'h-subs', novalidate: true },
    h('label', { for: 'sub-url' }, T.url, url), eventsSet,
    h('label', { for: 'sub-secret' }, T.secret, secret), regenerate, submit);
  const errors = errorSlots(form, { url, secret, events: eventsSet });
  const once = h('div', { id: 'sub-created', 'aria-live': 'polite' });
  const listing = h('div', { id: 'sub-list' });
  const panel = h('section', { class: 'panel', id: 'wl-subscriptions', 'aria-labelledby': 'h-subs' },
    h('h2', { id: 'h-subs' }, T.subscriptions), h('p', { class: 'muted' }, T.subscriptionsIntro), form, once, listing);

  const load = async () => {
    try {
      const res = await api('/subscriptions', { query: { watchlistId: id, size: 500 } });
      const items = res.items || [];
      const tbl = table([
        { title: T.columnsSubs.url, cell: (s) => h('span', { class: 'mono' }, s.url) },
        { title: T.columnsSubs.events, cell: (s) => (s.events || []).map((k) => enumLabel('NotificationKind', k)).join(t('monitoring.sep')) },
        { title: T.columnsSubs.created, cell: (s) => instant(s.createdAt) },
        { title: T.columnsSubs.pending, cell: (s) => fmt(s.deliveries?.pending) },
        { title: T.columnsSubs.delivered, cell: (s) => fmt(s.deliveries?.delivered) },
        { title: T.columnsSubs.failed, cell: (s) => (s.deliveries?.failed ? h('span', { class: 'badge red' }, fmt(s.deliveries.failed)) : '0') },
        { title: T.columnsSubs.last, cell: (s) => instant(s.deliveries?.lastAttemptAt) },
        { title: T.columnsSubs.error, cell: (s) => serverError(s.deliveries?.lastError) },
      ], items, { caption: T.subscriptions });
      tbl.id = 'sub-table';
      listing.replaceChildren(items.length ? tbl : note(T.noSubscriptions));
    } catch (e) {
      listing.replaceChildren(errorNote(e));
    }
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.clear();
    clear(once);
    const events = boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => b.value);
    if (!events.length) { errors.message('events', T.pickEvents); return; }
    submit.disabled = true;
    try {
      const body = { watchlistId: id, events, url: url.value.trim(), secret: secret.value };
      await api('/subscriptions', { method: 'POST', body });
      // the server never returns the secret: this is the only time it is shown
      once.append(h('div', { class: 'note' }, T.secretOnce, ' ', h('code', { id: 'sub-secret-once' }, body.secret)));
      url.value = '';
      secret.value = randomSecret();
      await load();
    } catch (e) {
      errors.show(e, { 'webhook-target-refused': 'url', 'watchlist-not-found': 'url' });
    } finally { submit.disabled = false; }
  });
  await load();
  return panel;
}

export async function notificationsView(el) {
  const q = routeQuery();
  const page = Math.max(0, Number(q.get('page')) || 0);
  const watchlistId = q.get('watchlistId') || '';
  const select = h('select', { id: 'inbox-list' }, h('option', { value: '' }, T.anyList));
  const filter = h('form', { class: 'inline', 'aria-label': T.list }, h('label', { for: 'inbox-list' }, T.list, select),
    h('button', { type: 'submit', class: 'secondary', id: 'inbox-refresh' }, T.refresh));
  filter.addEventListener('submit', (ev) => { ev.preventDefault(); go('/notifications', { watchlistId: select.value, t: Date.now() }); });
  const markAll = h('button', { type: 'button', class: 'secondary', id: 'inbox-mark-all' }, T.markAll);
  const unreadNote = h('span', { id: 'inbox-unread', class: 'muted' });
  const message = h('div', { id: 'inbox-message', role: 'alert' });
  const updated = h('span', { id: 'inbox-updated', class: 'muted', 'aria-live': 'off' });
  const panel = h('section', { class: 'panel', id: 'inbox', 'aria-labelledby': 'h-inbox-items' }, h('h2', { id: 'h-inbox-items', class: 'sr-only' }, T.inbox), note(T.loading));
  el.append(h('h1', null, T.inbox), h('p', { class: 'muted' }, T.inboxIntro),
    h('div', { class: 'panel controls' }, filter, markAll, unreadNote, updated, message), panel);

  const names = {};
  try {
    const lists = await api('/watchlists', { query: { size: 500 } });
    for (const w of lists.items || []) {
      names[w.id] = w.name;
      select.append(h('option', { value: w.id, selected: w.id === watchlistId }, w.name));
    }
  } catch (e) {
    panel.replaceChildren(errorNote(e));
    return undefined;
  }

  let shown = null;
  let unreadShown = [];
  // the refresh and a marking may overlap: an answer older than the one drawn is dropped
  let asked = 0;
  let drawn = 0;
  const load = async () => {
    const mine = ++asked;
    try {
      const res = await api('/notifications', { query: { watchlistId, page, size: PAGE } });
      if (mine < drawn) return;
      drawn = mine;
      updated.textContent = T.updated(fmtInstant(new Date().toISOString()));
      // unchanged: keep the table (and the keyboard focus in it)
      const seen = JSON.stringify(res);
      if (seen === shown) return;
      shown = seen;
      const items = res.items || [];
      unreadShown = items.filter((n) => !n.readAt).map((n) => n.id);
      unreadNote.textContent = T.unreadShown(unreadShown.length);
      const tbl = table([
        { title: T.columnsInbox.at, cell: (n) => instant(n.at) },
        { title: T.columnsInbox.kinds, cell: (n) => (n.kinds || [n.kind]).map((k) => h('span', { class: `badge kind-${k}`, dataset: { kind: k } }, enumLabel('NotificationKind', k))) },
        { title: T.columnsInbox.party, cell: (n) => partyLink(n.entityId) },
        { title: T.columnsInbox.concerns, cell: (n) => (n.subjectIds || []).map((s, i) => [i ? t('monitoring.sep') : '', partyLink(s)]) },
        { title: T.columnsInbox.list, cell: (n) => h('a', { href: `#/watchlists/${encodeURIComponent(n.watchlistId)}` }, names[n.watchlistId] || n.watchlistId) },
        // each change worded from its code and values in the reader's language
        { title: T.columnsInbox.summary, cell: (n) => notificationSummary(n) },
        { title: T.columnsInbox.delivery, cell: (n) => h('span', { class: `badge delivery-${n.delivery?.status}`, dataset: { status: n.delivery?.status } }, enumLabel('DeliveryStatus', n.delivery?.status)) },
        { title: T.columnsInbox.attempts, cell: (n) => fmt(n.delivery?.attempts) },
        { title: T.columnsInbox.error, cell: (n) => serverError(n.delivery?.lastError) },
        { title: T.columnsInbox.read, cell: (n) => readCell(n) },
      ], items, { caption: T.inbox });
      tbl.id = 'inbox-table';
      // each row says which notification it is and whether it is read (unread rows stand out)
      items.forEach((n, i) => {
        const row = tbl.tBodies[0].rows[i];
        row.dataset.id = n.id;
        row.dataset.read = n.readAt ? 'true' : 'false';
        if (!n.readAt) row.classList.add('unread');
      });
      panel.replaceChildren(h('h2', { id: 'h-inbox-items', class: 'sr-only' }, T.inbox), items.length ? tbl : note(T.noNotifications),
        ...[pager(page, res.total || 0, (p) => go('/notifications', { watchlistId, page: p }))].filter(Boolean));
    } catch (e) {
      panel.replaceChildren(errorNote(e));
    }
  };

  /** Marks the notifications read, says so in the live region, redraws, and puts the focus on what comes next. */
  const markRead = async (ids, index) => {
    clear(message);
    if (!ids.length) { announce(T.nothingUnread); return; }
    try {
      const res = await api('/notifications/read', { method: 'POST', body: { ids } });
      announce(T.markedRead(res.ids.length, res.unread));
      shown = null;
      await load();
      // the next unread row's button, else the button for the whole page
      const buttons = [...panel.querySelectorAll('button.inbox-read')];
      (index === undefined ? markAll : (buttons[Math.min(index, buttons.length - 1)] || markAll)).focus();
    } catch (e) {
      message.replaceChildren(errorNote(e));
    }
  };

  function readCell(n) {
    if (n.readAt) return [T.readBy(n.readBy), ' ', instant(n.readAt)];
    const b = h('button', { type: 'button', class: 'secondary inbox-read', dataset: { id: n.id },
      'aria-label': T.markReadLabel(n.entityId, fmtInstant(n.at)) }, T.markRead);
    b.addEventListener('click', () => {
      b.disabled = true;
      markRead([n.id], [...panel.querySelectorAll('button.inbox-read')].indexOf(b));
    });
    return b;
  }

  markAll.addEventListener('click', () => markRead(unreadShown));
  await load();
  // new notifications arrive after their events: look again every few seconds while the page is open
  const timer = setInterval(load, 3000);
  return () => clearInterval(timer);
}
