// The review queue of entity resolution: the POSSIBLE pairs, highest score first, each with the two
// records side by side and the evidence; SAME or DIFFERENT with a reason, from the keyboard too
// (j/k or the arrows move, s/d decide, n/p page). Analysts, regulators and administrators.
import { api, entity, ApiError } from '../api.js';
import { h, clear, note, errorNote, unavailable, partyLink, fmt } from '../util.js';
import { evidence, probability } from './sameas.js';
import { signed } from '../graph.js';

const PAGE_SIZE = 20;
const IDENTIFIER_KINDS = [['PHONE', 'Phones'], ['EMAIL', 'E-mails'], ['ADDRESS', 'Addresses'], ['BANK_ACCOUNT', 'Bank accounts']];

export async function reviewView(el) {
  let page = 0;
  let items = [];
  let total = 0;
  let current = 0;
  let busy = false;
  const records = new Map();

  const status = h('p', { id: 'review-status', class: 'muted', role: 'status', 'aria-live': 'polite' }, 'Loading…');
  const queue = h('ul', { id: 'review-queue', class: 'queue', role: 'listbox', tabindex: '0', 'aria-label': 'Pairs to review' });
  const prev = h('button', { type: 'button', class: 'secondary', id: 'review-prev' }, 'Previous page');
  const next = h('button', { type: 'button', class: 'secondary', id: 'review-next' }, 'Next page');
  const pageInfo = h('span', { id: 'review-page', class: 'muted' });
  const pair = h('div', { id: 'review-pair' });
  const reason = h('textarea', { id: 'review-reason', rows: 2, maxlength: 1000, 'aria-describedby': 'review-reason-error review-keys' });
  const reasonError = h('div', { id: 'review-reason-error', class: 'field-error', role: 'alert' });
  const same = h('button', { type: 'button', id: 'review-same', 'aria-keyshortcuts': 's' }, 'Same (s)');
  const different = h('button', { type: 'button', id: 'review-different', class: 'danger', 'aria-keyshortcuts': 'd' }, 'Different (d)');
  const formError = h('div', { id: 'review-error', role: 'alert' });
  const decided = h('ul', { id: 'review-decided' });
  const form = h('form', { id: 'review-form', 'aria-label': 'Decision on the selected pair', novalidate: true },
    h('label', { for: 'review-reason' }, 'Reason (kept with the decision)', reason), reasonError,
    h('p', { class: 'controls' }, same, different), formError);

  el.append(
    h('h1', null, 'Review: the same person or firm?'),
    h('p', { class: 'muted', id: 'review-keys' }, 'Keys: j / k or ↓ / ↑ move between pairs, s decides SAME and d DIFFERENT with the reason below '
      + '(Tab reaches it; Esc leaves it), n / p change the page.'),
    status,
    h('div', { class: 'review-layout' },
      h('section', { class: 'panel', 'aria-labelledby': 'h-queue' }, h('h2', { id: 'h-queue' }, 'Queue'), queue,
        h('div', { class: 'pager' }, prev, pageInfo, next)),
      h('section', { class: 'panel', 'aria-labelledby': 'h-pair' }, h('h2', { id: 'h-pair' }, 'Pair'), pair, form,
        h('h3', null, 'Decided here'), decided)));

  async function load() {
    status.textContent = 'Loading…';
    try {
      const res = await api('/resolution/reviews', { query: { page, size: PAGE_SIZE } });
      items = res.items || [];
      total = res.total || 0;
      if (!items.length && page > 0 && page * PAGE_SIZE >= total) { page = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1); return load(); }
    } catch (e) {
      clear(queue);
      status.textContent = '';
      if (e instanceof ApiError && e.unavailable) el.replaceChildren(h('h1', null, 'Review'), unavailable('The review queue', e));
      else status.replaceWith(errorNote(e));
      return;
    }
    current = Math.min(current, Math.max(0, items.length - 1));
    renderQueue();
    status.textContent = total ? `${total} pair(s) await review.` : 'No pair awaits review.';
    queue.dataset.ready = 'true';
  }

  function renderQueue() {
    clear(queue);
    items.forEach((it, i) => {
      queue.append(h('li', { id: `review-item-${i}`, role: 'option', 'aria-selected': i === current ? 'true' : 'false',
        dataset: { entity: it.entityId, other: it.otherId }, onclick: () => { select(i); } },
      h('span', null, it.entityName || it.entityId), h('span', { 'aria-hidden': 'true' }, ' ⇄ '), h('span', { class: 'sr-only' }, ' and '),
      h('span', null, it.otherName || it.otherId), ' ', probability(it.score)));
    });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    pageInfo.textContent = `page ${page + 1} of ${pages}`;
    prev.disabled = page === 0;
    next.disabled = page + 1 >= pages;
    if (items.length) {
      queue.setAttribute('aria-activedescendant', `review-item-${current}`);
      showPair();
    } else {
      queue.removeAttribute('aria-activedescendant');
      clear(pair).append(note('Nothing to review on this page.'));
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
    const side = h('div', { class: 'scroll-x' }, note('Loading the two records…'));
    clear(pair).append(side,
      h('h3', null, 'Evidence'),
      h('p', null, 'Match probability ', probability(it.score), h('span', { class: 'muted' }, ` (weights add up to ${signed(logit)} bits)`)),
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
      ['Record', (r) => partyLink(r.e.id, r.e.id)],
      ['Type', (r) => fmt(r.e.type)],
      ['Name', (r) => fmt(r.e.properties?.name ?? r.e.label)],
      ['Kind', (r) => fmt(r.e.properties?.kind)],
      ['Id number', (r) => fmt(r.e.properties?.idNumber)],
      ['Licence', (r) => fmt(r.e.properties?.licenseNo)],
      ...IDENTIFIER_KINDS.map(([kind, title]) => [title, (r) => list(r.identifiers.filter((n) => n.id.startsWith(kind + ':')).map((n) => n.id.slice(kind.length + 1)))]),
      ['Insurers', (r) => list(r.insurers)],
      ['Resolved entity', (r) => fmt(r.e.resolvedId)],
    ];
    return h('table', { id: 'review-records', class: 'side-by-side' },
      h('caption', { class: 'sr-only' }, 'The two records side by side'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Field'),
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
        h('strong', null, d.decision), ' ', partyLink(d.entityId, it.entityName || d.entityId), ' · ', partyLink(d.otherId, it.otherName || d.otherId),
        h('span', { class: 'muted' }, ` — ${d.reason} (resolved as ${d.entityResolvedId}${d.otherResolvedId !== d.entityResolvedId ? ` and ${d.otherResolvedId}` : ''})`)));
      status.textContent = `${d.decision}: ${it.entityName || d.entityId} and ${it.otherName || d.otherId} — recorded.`;
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
        reasonError.append(note(`Reason: ${onReason.map((f) => f.message).join('; ')}`, 'error'));
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
