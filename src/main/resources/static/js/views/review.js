// The review queue of entity resolution: the POSSIBLE pairs, highest score first, each with the two
// records side by side and the evidence; SAME or DIFFERENT with a reason, from the keyboard too
// (j/k or the arrows move, s/d decide, n/p page). Analysts, regulators and administrators.
import { api, entity, ApiError } from '../api.js';
import { h, clear, note, errorNote, unavailable, partyLink, fmt, propertyValue } from '../util.js';
import { evidence, probability } from './sameas.js';
import { signed } from '../graph.js';
import { t, enumLabel, fmtNumber, loadMessages } from '../i18n.js';

await loadMessages('review');

const PAGE_SIZE = 20;
const IDENTIFIER_KINDS = ['PHONE', 'EMAIL', 'ADDRESS', 'BANK_ACCOUNT'];

export async function reviewView(el) {
  let page = 0;
  let items = [];
  let total = 0;
  let current = 0;
  let busy = false;
  const records = new Map();

  const status = h('p', { id: 'review-status', class: 'muted', role: 'status', 'aria-live': 'polite' }, t('common.loading'));
  const queue = h('ul', { id: 'review-queue', class: 'queue', role: 'listbox', tabindex: '0', 'aria-label': t('review.queue-label') });
  const prev = h('button', { type: 'button', class: 'secondary', id: 'review-prev' }, t('review.prev'));
  const next = h('button', { type: 'button', class: 'secondary', id: 'review-next' }, t('review.next'));
  const pageInfo = h('span', { id: 'review-page', class: 'muted' });
  const pair = h('div', { id: 'review-pair' });
  const reason = h('textarea', { id: 'review-reason', rows: 2, maxlength: 1000, 'aria-describedby': 'review-reason-error review-keys' });
  const reasonError = h('div', { id: 'review-reason-error', class: 'field-error', role: 'alert' });
  const same = h('button', { type: 'button', id: 'review-same', 'aria-keyshortcuts': 's' }, t('review.same'));
  const different = h('button', { type: 'button', id: 'review-different', class: 'danger', 'aria-keyshortcuts': 'd' }, t('review.different'));
  const formError = h('div', { id: 'review-error', role: 'alert' });
  const decided = h('ul', { id: 'review-decided' });
  const form = h('form', { id: 'review-form', 'aria-label': t('review.form'), novalidate: true },
    h('label', { for: 'review-reason' }, t('review.reason'), reason), reasonError,
    h('p', { class: 'controls' }, same, different), formError);

  el.append(
    h('h1', null, t('review.title')),
    h('p', { class: 'muted', id: 'review-keys' }, t('review.keys')),
    status,
    h('div', { class: 'review-layout' },
      h('section', { class: 'panel', 'aria-labelledby': 'h-queue' }, h('h2', { id: 'h-queue' }, t('review.queue')), queue,
        h('div', { class: 'pager' }, prev, pageInfo, next)),
      h('section', { class: 'panel', 'aria-labelledby': 'h-pair' }, h('h2', { id: 'h-pair' }, t('review.pair')), pair, form,
        h('h3', null, t('review.decided-here')), decided)));

  async function load() {
    status.textContent = t('common.loading');
    try {
      const res = await api('/resolution/reviews', { query: { page, size: PAGE_SIZE } });
      items = res.items || [];
      total = res.total || 0;
      if (!items.length && page > 0 && page * PAGE_SIZE >= total) { page = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1); return load(); }
    } catch (e) {
      clear(queue);
      status.textContent = '';
      if (e instanceof ApiError && e.unavailable) el.replaceChildren(h('h1', null, t('review.short-title')), unavailable(t('review.queue-what'), e));
      else status.replaceWith(errorNote(e));
      return;
    }
    current = Math.min(current, Math.max(0, items.length - 1));
    renderQueue();
    status.textContent = total ? t('review.waiting', { n: fmtNumber(total) }) : t('review.none-waiting');
    queue.dataset.ready = 'true';
  }

  function renderQueue() {
    clear(queue);
    items.forEach((it, i) => {
      queue.append(h('li', { id: `review-item-${i}`, role: 'option', 'aria-selected': i === current ? 'true' : 'false',
        dataset: { entity: it.entityId, other: it.otherId }, onclick: () => { select(i); } },
      h('span', null, it.entityName || it.entityId), h('span', { 'aria-hidden': 'true' }, ' ⇄ '), h('span', { class: 'sr-only' }, t('review.and')),
      h('span', null, it.otherName || it.otherId), ' ', probability(it.score)));
    });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    pageInfo.textContent = t('common.page-of', { page: page + 1, pages });
    prev.disabled = page === 0;
    next.disabled = page + 1 >= pages;
    if (items.length) {
      queue.setAttribute('aria-activedescendant', `review-item-${current}`);
      showPair();
    } else {
      queue.removeAttribute('aria-activedescendant');
      clear(pair).append(note(t('review.nothing-on-page')));
    }
    same.disabled = !items.length;
    different.disabled = !items.length;
  }

  function select(i) {
    if (i < 0 || i >= items.length || i === current) return;
    current = i;
    queue.querySelectorAll('[role=option]').forEach((li, k) => li.setAttribute('aria-selected', k === i ? 'true' : 'false'));
    queue.setAttribute('aria-activedescendant', `review-item-${i}`);
    document.getElementById(`review-item-${i}`)?.scrollIntoView({ block: 'nearest' });
    clear(reasonError);
    clear(formError);
    showPair();
  }

  async function showPair() {
    const it = items[current];
    const shown = `${it.entityId}|${it.otherId}`;
    pair.dataset.pair = shown;
    const logit = (it.evidence || []).reduce((s, e) => s + (e.weight || 0), 0);
    const side = h('div', { class: 'scroll-x' }, note(t('review.loading-records')));
    clear(pair).append(side,
      h('h3', null, t('review.evidence')),
      h('p', null, t('review.probability'), probability(it.score), h('span', { class: 'muted' }, t('review.weights', { bits: signed(logit) }))),
      evidence(it.evidence));
    const [a, b] = await Promise.all([record(it.entityId), record(it.otherId)]);
    if (pair.dataset.pair !== shown) return;
    side.replaceChildren(sideBySide(a, b));
  }

  async function record(id) {
    if (!records.has(id)) {
      const p = (async () => {
        const e = await entity(id);
        const net = await api(`/entities/${encodeURIComponent(id)}/network`, { query: { depth: 1 } }).catch(() => ({ nodes: [] }));
        const resolved = await api(`/resolved/${encodeURIComponent(e.resolvedId || id)}`).catch(() => null);
        const member = (resolved?.members || []).find((m) => m.entityId === id);
        return { e, identifiers: (net.nodes || []).filter((n) => n.type === 'Identifier'), insurers: member?.insurerIds || [] };
      })();
      p.catch(() => records.delete(id));
      records.set(id, p);
    }
    return records.get(id).catch((err) => ({ error: err, e: { id, properties: {} }, identifiers: [], insurers: [] }));
  }

  function sideBySide(a, b) {
    const rows = [
      [t('review.row-record'), (r) => partyLink(r.e.id, r.e.id)],
      [t('review.row-type'), (r) => (r.e.type ? enumLabel('EntityType', r.e.type) : '—')],
      [t('review.row-name'), (r) => fmt(r.e.properties?.name ?? r.e.label)],
      [t('review.row-kind'), (r) => (r.e.properties?.kind ? propertyValue(r.e.properties, 'kind', r.e.properties.kind, r.e.type) : '—')],
      [t('review.row-id-number'), (r) => fmt(r.e.properties?.idNumber)],
      [t('review.row-licence'), (r) => fmt(r.e.properties?.licenseNo)],
      ...IDENTIFIER_KINDS.map((kind) => [t(`review.row-${kind}`), (r) => list(r.identifiers.filter((n) => n.id.startsWith(kind + ':')).map((n) => n.id.slice(kind.length + 1)))]),
      [t('review.row-insurers'), (r) => list(r.insurers)],
      [t('review.row-resolved'), (r) => fmt(r.e.resolvedId)],
    ];
    return h('table', { id: 'review-records', class: 'side-by-side' },
      h('caption', { class: 'sr-only' }, t('review.records-caption')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('review.field')),
        h('th', { scope: 'col' }, a.e.label || a.e.id), h('th', { scope: 'col' }, b.e.label || b.e.id))),
      h('tbody', null, rows.map(([title, cell]) => {
        const x = cell(a);
        const y = cell(b);
        const equal = text(x) !== '—' && text(x) === text(y);
        return h('tr', { class: equal ? 'same' : '' }, h('th', { scope: 'row' }, title), h('td', null, x), h('td', null, y));
      })),
      a.error || b.error ? h('tfoot', null, h('tr', null, h('td', { colspan: 3 }, errorNote(a.error || b.error)))) : null);
  }

  async function decide(decision) {
    if (busy || !items.length) return;
    const it = items[current];
    busy = true;
    clear(reasonError);
    clear(formError);
    same.setAttribute('aria-disabled', 'true');
    different.setAttribute('aria-disabled', 'true');
    try {
      const d = await api('/resolution/decisions', { method: 'POST',
        body: { entityId: it.entityId, otherId: it.otherId, decision, reason: reason.value } });
      decided.prepend(h('li', { dataset: { entity: d.entityId, other: d.otherId, decision: d.decision } },
        h('strong', null, enumLabel('Decision', d.decision)), ' ', partyLink(d.entityId, it.entityName || d.entityId), ' · ', partyLink(d.otherId, it.otherName || d.otherId),
        h('span', { class: 'muted' }, t(d.otherResolvedId !== d.entityResolvedId ? 'review.decided-two' : 'review.decided-one',
          { reason: d.reason, a: d.entityResolvedId, b: d.otherResolvedId }))));
      status.textContent = t('review.recorded', { decision: enumLabel('Decision', d.decision), a: it.entityName || d.entityId, b: it.otherName || d.otherId });
      reason.value = '';
      records.delete(it.entityId);
      records.delete(it.otherId);
      // the queue advances: the decided pair leaves it and the next one takes its place
      items.splice(current, 1);
      total = Math.max(0, total - 1);
      renderQueue();
      load();
    } catch (e) {
      const fieldErrors = e?.problem?.errors || [];
      const onReason = fieldErrors.filter((f) => f.field === 'reason');
      if (onReason.length) {
        reasonError.append(note(t('review.reason-error', { messages: onReason.map((f) => f.message).join(t('review.sep')) }), 'error'));
        reason.focus();
      }
      if (!onReason.length || fieldErrors.length > onReason.length) formError.append(errorNote(e));
    } finally {
      busy = false;
      same.removeAttribute('aria-disabled');
      different.removeAttribute('aria-disabled');
    }
  }

  same.addEventListener('click', () => decide('SAME'));
  different.addEventListener('click', () => decide('DIFFERENT'));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  prev.addEventListener('click', () => { if (page > 0) { page -= 1; current = 0; load(); } });
  next.addEventListener('click', () => { if ((page + 1) * PAGE_SIZE < total) { page += 1; current = 0; load(); } });

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    const typing = t instanceof HTMLElement && (t.matches('input, textarea, select') || t.isContentEditable);
    if (typing) {
      if (ev.key === 'Escape' && t === reason) { ev.preventDefault(); queue.focus(); }
      return;
    }
    const onQueue = t === queue;
    switch (ev.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'ArrowDown': if (!onQueue) return; select(current + 1); break;
      case 'ArrowUp': if (!onQueue) return; select(current - 1); break;
      case 's': decide('SAME'); break;
      case 'd': decide('DIFFERENT'); break;
      case 'n': next.click(); break;
      case 'p': prev.click(); break;
      default: return;
    }
    ev.preventDefault();
  }
  document.addEventListener('keydown', onKey);
  await load();
  return () => document.removeEventListener('keydown', onKey);
}

function list(values) {
  return values.length ? h('ul', { class: 'plain' }, values.map((v) => h('li', null, v))) : '—';
}

function text(node) {
  return typeof node === 'string' ? node : node?.textContent ?? '';
}
