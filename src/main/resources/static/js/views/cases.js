// The analyst's investigation cases: the list, and one case with its alerts, rings, claims and
// parties, related cases and notes; attach more evidence (and remove what was attached by mistake),
// assign, note, link and close it (a confirmed fraud may propose a sanction, which a regulator opens
// in the sanction form prefilled).
// Alert and ring pages add themselves to an open case with addToCase().
import { api, session, mapLimit } from '../api.js';
import { h, routeQuery, go, today } from '../util.js';
import { t, enumLabel, fmtInstant, fmtNumber, dateElement, instantElement, loadMessages } from '../i18n.js';
import { problemNote, showFieldErrors, clearFieldErrors, announce } from './analyst.js';
import { alertSummary } from '../prose.js';

await Promise.all([loadMessages('cases'), loadMessages('enums')]);

const STATUSES = ['OPEN', 'CONFIRMED_FRAUD', 'DISMISSED'];
const ITEM_KINDS = ['ALERT', 'RING', 'CLAIM', 'PARTY'];
const SANCTION_KINDS = ['WARNING', 'FINE', 'LICENSE_SUSPENDED', 'LICENSE_REVOKED', 'BAN_FROM_OFFICE', 'BAN_FROM_INDUSTRY', 'CRIMINAL_REFERRAL', 'OTHER'];

export function casesRoute(el, [id]) {
  return id ? caseView(el, id) : casesView(el);
}

async function casesView(el) {
  const q = routeQuery();
  const status = h('select', { id: 'cases-status', name: 'status' },
    h('option', { value: '' }, t('cases.status-any')),
    STATUSES.map((s) => h('option', { value: s, selected: q.get('status') === s }, enumLabel('CaseStatus', s))));
  const form = h('form', { class: 'inline', 'aria-label': t('cases.filter') },
    h('label', { for: 'cases-status' }, t('cases.status-filter'), status),
    h('button', { type: 'submit', id: 'cases-apply', class: 'secondary' }, t('cases.apply')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('/cases', { status: status.value }); });
  const list = h('section', { class: 'panel', id: 'cases-list', 'aria-labelledby': 'cases-caption-h' }, h('h2', { id: 'cases-caption-h' }, t('cases.caption')));
  el.append(h('h1', null, t('cases.title')), h('p', { class: 'muted' }, t('cases.intro')), h('div', { class: 'panel' }, form), list);
  let data;
  try {
    data = await api('/fraud/cases', { query: { status: q.get('status'), size: 200 } });
  } catch (e) { list.append(problemNote(t('cases.what'), e)); return; }
  const items = data.items || [];
  announce(t('cases.loaded', { total: fmtNumber(data.total ?? items.length) }));
  if (!items.length) { list.append(h('p', { class: 'note', id: 'cases-empty' }, t('cases.empty'))); return; }
  list.append(h('table', { id: 'cases-table' },
    h('caption', { class: 'sr-only' }, t('cases.caption')),
    h('thead', null, h('tr', null, ['cases.id', 'cases.case-title', 'cases.status', 'cases.assignee', 'cases.opened', 'cases.alerts']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, items.map((c) => h('tr', { dataset: { case: c.id } },
      h('th', { scope: 'row' }, h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, class: 'case-link mono' }, c.id)),
      h('td', null, c.title),
      h('td', { class: 'case-status' }, enumLabel('CaseStatus', c.status)),
      h('td', null, c.assignee || t('cases.unassigned')),
      h('td', null, instantElement(c.openedAt)),
      h('td', { class: 'num' }, fmtNumber((c.alertIds || []).length)))))));
}

async function caseView(el, id) {
  el.append(h('p', null, h('a', { href: '#/cases' }, t('cases.back'))));
  let c;
  try {
    c = await api(`/fraud/cases/${encodeURIComponent(id)}`);
  } catch (e) {
    el.prepend(h('h1', null, t('cases.what')));
    el.append(problemNote(t('cases.what'), e));
    return;
  }
  draw(el, c);
}

function draw(el, c) {
  const back = h('p', null, h('a', { href: '#/cases' }, t('cases.back')));
  const open = c.status === 'OPEN';
  const facts = h('dl', { class: 'props', id: 'case-facts' },
    h('dt', null, t('cases.status')), h('dd', { id: 'case-status' }, enumLabel('CaseStatus', c.status)),
    h('dt', null, t('cases.assignee')), h('dd', { id: 'case-assignee' }, c.assignee || t('cases.unassigned')),
    h('dt', null, t('cases.opened-by')), h('dd', null, c.openedBy || '—'),
    h('dt', null, t('cases.opened-at')), h('dd', null, instantElement(c.openedAt)),
    c.closedAt ? [h('dt', null, t('cases.closed-by')), h('dd', null, c.closedBy || '—'),
      h('dt', null, t('cases.closed-at')), h('dd', null, instantElement(c.closedAt)),
      h('dt', null, t('cases.reason')), h('dd', { id: 'case-reason' }, c.reason || '—')] : null);
  const alerts = evidencePanel(el, c);
  const related = h('section', { class: 'panel', 'aria-labelledby': 'case-related-h' }, h('h2', { id: 'case-related-h' }, t('cases.related')),
    (c.relatedCaseIds || []).length
      ? h('ul', { id: 'case-related' }, c.relatedCaseIds.map((r) => h('li', null, h('a', { href: `#/cases/${encodeURIComponent(r)}`, class: 'mono' }, r))))
      : h('p', { class: 'muted', id: 'case-related' }, t('cases.no-related')));
  const notes = h('section', { class: 'panel', 'aria-labelledby': 'case-notes-h' }, h('h2', { id: 'case-notes-h' }, t('cases.notes')),
    (c.notes || []).length
      ? h('ol', { id: 'case-notes' }, c.notes.map((n) => h('li', { dataset: n.removed ? { removed: n.removed.itemId } : {} },
        h('p', null, n.removed ? removalText(n.removed) : n.text), h('p', { class: 'muted' }, t('cases.note-by', { author: n.author, at: fmtInstant(n.at) })))))
      : h('p', { class: 'muted', id: 'case-notes' }, t('cases.no-notes')));
  el.replaceChildren(back, h('h1', { id: 'case-heading', tabindex: '-1' }, t('cases.heading', { id: c.id, title: c.title })),
    h('section', { class: 'panel', 'aria-labelledby': 'case-facts-h' }, h('h2', { id: 'case-facts-h' }, t('cases.facts')), facts),
    alerts, related, notes);
  if (open) {
    el.append(attachForm(el, c), actionForms(el, c));
  } else {
    el.append(h('p', { class: 'note' }, t('cases.closed-note')));
    el.append(proposalPanel(c));
  }
}

/**
 * What the case gathered: its alerts and rings (each to its page), the claims attached to it (to
 * their neighbourhood in the link graph) and the parties (to their page). On an open case each item
 * attached after opening has a remove button; what the case was opened on is marked as its origin.
 */
function evidencePanel(el, c) {
  const open = c.status === 'OPEN';
  const rings = new Set(c.ringIds || []);
  const summaries = new Map();
  const summaryOf = (a) => {
    const span = h('span', { class: 'muted alert-summary' });
    summaries.set(a, span);
    return span;
  };
  const origin = new Set(c.originAlertIds || []);
  const out = h('div', { id: 'case-evidence-result', 'aria-live': 'polite' });
  const tail = (kind, x) => {
    if (origin.has(x)) return [' ', h('span', { class: 'muted case-origin' }, t('cases.origin'))];
    return open ? [' ', removeControl(el, c, kind, x, out)] : [];
  };
  const list = (id, ids, kindOf, item, empty) => (ids.length
    ? h('ul', { id, class: 'case-items' }, ids.map((x) => h('li', { dataset: { item: x } }, item(x), tail(kindOf(x), x))))
    : h('p', { class: 'muted', id }, t(empty)));
  const panel = h('section', { class: 'panel', id: 'case-evidence', 'aria-labelledby': 'case-alerts-h' },
    h('h2', { id: 'case-alerts-h', tabindex: '-1' }, t('cases.evidence')),
    h('h3', null, t('cases.alert-list')),
    list('case-alerts', c.alertIds || [], (a) => (rings.has(a) ? 'RING' : 'ALERT'), (a) => (rings.has(a)
      ? [h('span', { class: 'badge warn' }, enumLabel('CaseItemKind', 'RING')), ' ', h('a', { href: `#/fraud/ring/${encodeURIComponent(a)}`, class: 'mono' }, a), ' ', summaryOf(a)]
      : [h('span', { class: 'badge' }, enumLabel('CaseItemKind', 'ALERT')), ' ', h('a', { href: `#/fraud/alert/${encodeURIComponent(a)}`, class: 'mono' }, a), ' ', summaryOf(a)]), 'cases.no-alerts'),
    h('h3', null, t('cases.claims')),
    list('case-claims', c.claimIds || [], () => 'CLAIM', (x) => [h('a', { href: `#/graph/${encodeURIComponent(x)}?depth=2`, class: 'mono' }, x),
      ' ', h('span', { class: 'muted' }, t('cases.claim-neighbourhood'))], 'cases.no-claims'),
    h('h3', null, t('cases.parties')),
    list('case-parties', c.partyIds || [], () => 'PARTY', (x) => h('a', { href: `#/party/${encodeURIComponent(x)}`, class: 'mono' }, x), 'cases.no-parties'),
    h('p', { class: 'muted' }, t(open ? 'cases.evidence-help-open' : 'cases.evidence-help')), out);
  fillSummaries(summaries);
  return panel;
}

/** What each alert and ring found, beside its link, in the reader's language (a case holds a few: one read each). */
async function fillSummaries(spans) {
  const ids = [...spans.keys()];
  const alerts = await mapLimit(ids, 4, (id) => api(`/fraud/alerts/${encodeURIComponent(id)}`));
  alerts.forEach((a, i) => {
    if (a && !a.error) spans.get(ids[i]).replaceWith(alertSummary(a.kind, a.evidence, { class: 'muted alert-summary' }));
  });
}

/**
 * Remove an attached item, in two steps: the button asks in place (Remove or Keep, Escape keeps),
 * the confirmation removes it; the case is redrawn and the status region says what was removed.
 */
function removeControl(el, c, kind, id, out) {
  const what = { kind: enumLabel('CaseItemKind', kind), id };
  const remove = h('button', { type: 'button', class: 'secondary case-item-remove', dataset: { kind, item: id }, 'aria-label': t('cases.remove-label', what) }, t('cases.remove'));
  const question = t('cases.remove-confirm', what);
  const yes = h('button', { type: 'button', class: 'danger case-item-confirm' }, t('cases.remove-yes'));
  const no = h('button', { type: 'button', class: 'secondary case-item-cancel' }, t('cases.remove-no'));
  const ask = h('span', { class: 'case-item-confirmation', role: 'group', 'aria-label': question }, h('span', null, question), ' ', yes, ' ', no);
  const slot = h('span', { class: 'case-item-actions' }, remove);
  const keep = () => {
    slot.replaceChildren(remove);
    remove.focus();
    announce(t('cases.remove-kept', what));
  };
  remove.addEventListener('click', () => {
    out.replaceChildren();
    slot.replaceChildren(ask);
    yes.focus();
    announce(question);
  });
  no.addEventListener('click', keep);
  ask.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { ev.preventDefault(); keep(); } });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    try {
      const updated = await api(`/fraud/cases/${encodeURIComponent(c.id)}/items/${encodeURIComponent(id)}`, { method: 'DELETE', query: { kind } });
      draw(el, updated);
      announce(t('cases.removed', what));
      el.querySelector('#case-alerts-h')?.focus();
    } catch (e) {
      yes.disabled = false;
      no.disabled = false;
      slot.replaceChildren(remove);
      // not attached any more (a colleague removed it) or the case closed meanwhile: the API's words say which
      const told = (e.status === 404 || e.status === 409) && e.problem?.detail;
      out.replaceChildren(told ? h('p', { class: 'note warn', role: 'alert' }, e.problem.detail) : problemNote(t('cases.what'), e));
      remove.focus();
    }
  });
  return slot;
}

/** A removal's note in the page's language: what was removed, who had attached it and when. */
function removalText(r) {
  return t('cases.removed-note', { kind: enumLabel('CaseItemKind', r.kind), id: r.itemId, attachedBy: r.attachedBy || '—', attachedAt: fmtInstant(r.attachedAt) || '—' });
}

/** Attach an alert, ring, claim or party by id; an id nothing of that kind has is shown at the field. */
function attachForm(el, c) {
  const kind = h('select', { id: 'case-item-kind', name: 'kind' }, ITEM_KINDS.map((k) => h('option', { value: k }, enumLabel('CaseItemKind', k))));
  const item = input('case-item-id', 'itemId', t('cases.item-id'), { autocomplete: 'off', spellcheck: 'false' });
  return caseForm(el, c, {
    id: 'case-attach', heading: t('cases.attach'), submit: t('cases.attach-submit'), path: '/items',
    fields: [h('label', { for: 'case-item-kind' }, t('cases.item-kind'), kind), item.el],
    body: () => ({ kind: kind.value, itemId: item.input.value.trim() }),
    done: () => t('cases.attached', { kind: enumLabel('CaseItemKind', kind.value), id: item.input.value.trim() }),
    notFound: 'itemId',
  });
}

/** A form that posts to the case and redraws it; validation errors go next to their fields. */
function caseForm(el, c, { id, heading, fields, submit, path, body, done, notFound }) {
  const out = h('div', { class: 'form-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', id: `${id}-submit` }, submit);
  const form = h('form', { id, 'aria-labelledby': `${id}-h`, novalidate: true }, fields, button, out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    out.replaceChildren();
    button.disabled = true;
    try {
      const updated = await api(`/fraud/cases/${encodeURIComponent(c.id)}${path}`, { method: 'POST', body: body(form) });
      draw(el, updated);
      announce(done(updated));
      el.querySelector('#case-heading')?.focus();
    } catch (e) {
      button.disabled = false;
      // an id nothing of its kind has is the field's error too (404 of the item, not of the case)
      const itemMissing = notFound && e.status === 404 && (e.problem?.type || '').endsWith('/case-item-not-found');
      const asFields = itemMissing ? { errors: [{ field: notFound, message: e.problem.detail }] } : e.problem;
      const rest = e.status === 400 || itemMissing ? showFieldErrors(form, asFields) : [];
      if (!(e.status === 400 || itemMissing) || rest.length || !form.querySelector('.field-error')) out.append(problemNote(t('cases.what'), e));
      (form.querySelector('[aria-invalid="true"]') || button).focus();
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, heading), form);
}

function input(id, name, label, attrs = {}) {
  const i = h(attrs.tag || 'input', { type: attrs.tag ? undefined : (attrs.type || 'text'), id, name, ...attrs, tag: undefined });
  return { el: h('label', { for: id, class: attrs.type === 'checkbox' ? 'check' : null }, label, i), input: i };
}

function actionForms(el, c) {
  const assignee = input('case-assignee-input', 'assignee', t('cases.assign-to'), { value: c.assignee || session()?.name || '', autocomplete: 'off' });
  const assign = caseForm(el, c, {
    id: 'case-assign', heading: t('cases.assign'), fields: assignee.el, submit: t('cases.assign-submit'), path: '/assignment',
    body: () => ({ assignee: assignee.input.value.trim() }), done: (u) => t('cases.assigned', { assignee: u.assignee }),
  });
  const text = input('case-note-text', 'text', t('cases.note-text'), { tag: 'textarea', rows: 3 });
  const note = caseForm(el, c, {
    id: 'case-note', heading: t('cases.add-note'), fields: text.el, submit: t('cases.note-submit'), path: '/notes',
    body: () => ({ text: text.input.value }), done: () => t('cases.noted'),
  });
  const other = input('case-link-id', 'caseId', t('cases.link-id'), { autocomplete: 'off' });
  const link = caseForm(el, c, {
    id: 'case-link', heading: t('cases.link'), fields: other.el, submit: t('cases.link-submit'), path: '/links',
    body: () => ({ caseId: other.input.value.trim() }), done: () => t('cases.linked', { id: other.input.value.trim() }),
  });
  return h('div', { class: 'grid2' }, assign, note, link, closeForm(el, c));
}

function closeForm(el, c) {
  const resolution = h('select', { id: 'case-resolution', name: 'resolution' },
    ['CONFIRMED_FRAUD', 'DISMISSED'].map((s) => h('option', { value: s }, enumLabel('CaseStatus', s))));
  const reason = input('case-close-reason', 'reason', t('cases.close-reason'), { tag: 'textarea', rows: 2 });
  const propose = input('case-propose', 'propose', t('cases.propose'), { type: 'checkbox' });
  const subject = input('case-sanction-subject', 'proposedSanction.subjectId', t('cases.subject'), { autocomplete: 'off' });
  const authority = input('case-sanction-authority', 'proposedSanction.authority', t('cases.authority'));
  const kind = h('select', { id: 'case-sanction-kind', name: 'proposedSanction.kind' }, SANCTION_KINDS.map((k) => h('option', { value: k }, enumLabel('SanctionKind', k))));
  const severity = h('select', { id: 'case-sanction-severity', name: 'proposedSanction.severity' }, [1, 2, 3, 4, 5].map((s) => h('option', { value: s, selected: s === 3 }, fmtNumber(s))));
  const blacklist = input('case-sanction-blacklist', 'proposedSanction.blacklist', t('cases.blacklist'), { type: 'checkbox' });
  const decided = input('case-sanction-decided', 'proposedSanction.decidedOn', t('cases.decided-on'), { type: 'date', value: today() });
  const from = input('case-sanction-from', 'proposedSanction.effectiveFrom', t('cases.effective-from'), { type: 'date', value: today() });
  const to = input('case-sanction-to', 'proposedSanction.effectiveTo', t('cases.effective-to'), { type: 'date' });
  const grounds = input('case-sanction-reason', 'proposedSanction.reason', t('cases.sanction-reason'), { tag: 'textarea', rows: 2 });
  const sanction = h('fieldset', { id: 'case-proposal-fields', hidden: true }, h('legend', null, t('cases.proposal')),
    subject.el, authority.el, h('label', { for: 'case-sanction-kind' }, t('cases.kind'), kind),
    h('label', { for: 'case-sanction-severity' }, t('cases.severity'), severity), blacklist.el, decided.el, from.el, to.el, grounds.el);
  const sync = () => {
    propose.input.disabled = resolution.value !== 'CONFIRMED_FRAUD';
    sanction.hidden = !(propose.input.checked && !propose.input.disabled);
  };
  resolution.addEventListener('change', sync);
  propose.input.addEventListener('change', sync);
  return caseForm(el, c, {
    id: 'case-close', heading: t('cases.close'),
    fields: [h('label', { for: 'case-resolution' }, t('cases.resolution'), resolution), reason.el, propose.el, sanction],
    submit: t('cases.close-submit'), path: '/closure',
    body: () => ({
      resolution: resolution.value,
      reason: reason.input.value,
      proposedSanction: sanction.hidden ? null : {
        subjectId: subject.input.value.trim(), authority: authority.input.value.trim(), kind: kind.value,
        severity: Number(severity.value), blacklist: blacklist.input.checked, decidedOn: decided.input.value || null,
        effectiveFrom: from.input.value || null, effectiveTo: to.input.value || null, reason: grounds.input.value || null,
      },
    }),
    done: (u) => t('cases.closed', { status: enumLabel('CaseStatus', u.status) }),
  });
}

/** A closed case's sanction proposal, its what-if impact and, for a regulator, the form prefilled. */
function proposalPanel(c) {
  const panel = h('section', { class: 'panel', id: 'case-proposal', 'aria-labelledby': 'case-proposal-h' }, h('h2', { id: 'case-proposal-h' }, t('cases.proposal')));
  const p = c.sanctionProposal;
  if (!p) { panel.append(h('p', { class: 'muted' }, t('cases.proposal-none'))); return panel; }
  panel.append(h('dl', { class: 'props' },
    h('dt', null, t('cases.subject')), h('dd', null, h('a', { href: `#/party/${encodeURIComponent(p.subjectId)}`, class: 'mono' }, p.subjectId)),
    h('dt', null, t('cases.authority')), h('dd', null, p.authority),
    h('dt', null, t('cases.kind')), h('dd', { id: 'case-proposal-kind' }, enumLabel('SanctionKind', p.kind)),
    h('dt', null, t('cases.severity')), h('dd', null, fmtNumber(p.severity)),
    h('dt', null, t('cases.blacklist')), h('dd', null, p.blacklist ? t('cases.yes') : t('cases.no')),
    h('dt', null, t('cases.effective-from')), h('dd', null, dateElement(p.effectiveFrom)),
    p.effectiveTo ? [h('dt', null, t('cases.effective-to')), h('dd', null, dateElement(p.effectiveTo))] : null));
  const role = session()?.role;
  if (role === 'REGULATOR' || role === 'ADMIN') {
    // the sanction form (what-if first) reads its fields from the address
    const query = new URLSearchParams({ subjectId: p.subjectId, authority: p.authority, kind: p.kind, severity: String(p.severity),
      blacklist: String(!!p.blacklist), decidedOn: p.decidedOn, effectiveFrom: p.effectiveFrom, ...(p.effectiveTo ? { effectiveTo: p.effectiveTo } : {}),
      ...(p.reason ? { reason: p.reason } : {}), fromCase: c.id });
    panel.append(h('p', null, h('a', { href: `#/impact?${query}`, id: 'case-proposal-open', class: 'button' }, t('cases.proposal-open'))));
  } else {
    panel.append(h('p', { class: 'muted' }, t('cases.proposal-recorded-by')));
  }
  const impact = h('div', { id: 'case-proposal-impact', 'aria-live': 'polite' });
  panel.append(impact);
  api(`/fraud/cases/${encodeURIComponent(c.id)}/sanction-proposal`).then((v) => {
    const affected = v.impact?.affected || [];
    impact.append(h('p', null, t('cases.proposal-impact', { count: fmtNumber(affected.length) })));
    if (affected.length) {
      impact.append(h('table', null, h('caption', { class: 'sr-only' }, t('cases.proposal-caption')),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('cases.affected')), h('th', { scope: 'col' }, t('cases.measure')), h('th', { scope: 'col' }, t('cases.hops')))),
        h('tbody', null, affected.map((a) => h('tr', null,
          h('td', null, h('a', { href: `#/party/${encodeURIComponent(a.entityId)}`, class: 'mono' }, a.entityId)),
          h('td', null, enumLabel('Measure', a.measure)), h('td', { class: 'num' }, fmtNumber(a.hops)))))));
    }
  }).catch((e) => impact.append(problemNote(t('cases.proposal'), e)));
  return panel;
}

/**
 * "Add to case…" on an alert's or a ring's page: pick an open case and attach the alert (a ring as
 * RING) to it; the answer links to the case.
 */
export function addToCase({ kind, id }) {
  const out = h('div', { id: 'add-to-case-result', 'aria-live': 'polite' });
  const toggle = h('button', { type: 'button', id: 'add-to-case', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'add-to-case-form' }, t('cases.add-to-case'));
  const select = h('select', { id: 'add-to-case-select', name: 'caseId' });
  const submit = h('button', { type: 'submit', id: 'add-to-case-submit' }, t('cases.add-submit'));
  const form = h('form', { id: 'add-to-case-form', class: 'inline', hidden: true, 'aria-label': t('cases.add-form') },
    h('label', { for: 'add-to-case-select' }, t('cases.add-choose'), select), submit);
  toggle.addEventListener('click', async () => {
    if (!form.hidden) { form.hidden = true; toggle.setAttribute('aria-expanded', 'false'); return; }
    toggle.disabled = true;
    out.replaceChildren();
    try {
      const open = (await api('/fraud/cases', { query: { status: 'OPEN', size: 200 } })).items || [];
      if (!open.length) { out.append(h('p', { class: 'note', id: 'add-to-case-none' }, t('cases.add-none'))); return; }
      select.replaceChildren(...open.map((c) => h('option', { value: c.id }, t('cases.add-option', { id: c.id, title: c.title, n: fmtNumber((c.alertIds || []).length) }))));
      form.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      select.focus();
    } catch (e) {
      out.append(problemNote(t('cases.what'), e));
    } finally {
      toggle.disabled = false;
    }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    out.replaceChildren();
    try {
      const c = await api(`/fraud/cases/${encodeURIComponent(select.value)}/items`, { method: 'POST', body: { kind, itemId: id } });
      const text = t('cases.added', { kind: enumLabel('CaseItemKind', kind), id, caseId: c.id });
      out.append(h('p', { class: 'note' }, text, ' ', h('a', { href: `#/cases/${encodeURIComponent(c.id)}`, id: 'added-case', class: 'mono' }, t('cases.open-case-link', { id: c.id }))));
      announce(text);
      form.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      out.querySelector('#added-case').focus();
    } catch (e) {
      out.append(problemNote(t('cases.what'), e));
      select.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return h('div', { class: 'add-to-case' }, h('p', { class: 'controls' }, toggle), form, out);
}
