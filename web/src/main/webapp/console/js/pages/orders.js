import { html, useState, useEffect, api, useApi, useSyncEvents, when, money, hasRole, Field,
  ProblemBox, ConfirmButton } from '../lib.js';

const STATES = ['DRAFT', 'SENT', 'TO_APPROVE', 'PURCHASE', 'CANCELLED'];
const SYNC_STATES = ['PENDING', 'SYNCED', 'RETRYING', 'FAILED', 'CONFLICT', 'DELETED_IN_ODOO'];

function useSuppliers() {
  const { data } = useApi('/suppliers?size=200');
  const items = (data && data.items) || [];
  const nameOf = (id) => (items.find((s) => s.id === id) || {}).name || id.slice(0, 8);
  return { suppliers: items, nameOf };
}

/** A column header that sorts the list by its column, descending first, and says how it sorts. */
function SortHeader({ label, by, sort, onSort, num }) {
  const current = sort.replace('-', '') === by;
  const descending = sort.startsWith('-');
  const next = current && descending ? by : '-' + by;
  return html`<th scope="col" class=${num ? 'num' : ''}
    aria-sort=${current ? (descending ? 'descending' : 'ascending') : 'none'}>
    <button class="sort" id=${'sort-' + by} onClick=${() => onSort(next)}>
      ${label} ${current ? (descending ? '▼' : '▲') : ''}</button></th>`;
}

export function Orders({ session }) {
  const [filters, setFilters] = useState({ state: '', syncStatus: '', supplierId: '', text: '' });
  const [typed, setTyped] = useState('');
  const [sort, setSort] = useState('-number');
  const [page, setPage] = useState(0);
  const size = 20;
  useEffect(() => {
    const wait = setTimeout(() => { setPage(0); setFilters((f) => ({ ...f, text: typed })); }, 300);
    return () => clearTimeout(wait);
  }, [typed]);
  const query = new URLSearchParams({ page, size, sort });
  Object.entries(filters).forEach(([k, v]) => v && query.set(k, v));
  const { data, error, reload } = useApi('/purchase-orders?' + query);
  const { suppliers, nameOf } = useSuppliers();
  useSyncEvents(() => reload());
  const set = (name) => (e) => { setPage(0); setFilters({ ...filters, [name]: e.target.value }); };
  const pages = data ? Math.max(1, Math.ceil(data.total / size)) : 1;
  return html`<section aria-labelledby="orders-title">
    <div class="title-row">
      <h1 id="orders-title">Purchase orders</h1>
      ${hasRole(session, 'purchaser') && html`<a class="button primary" id="new-order" href="#/orders/new">Place an order</a>`}
    </div>
    <form class="filters" role="search" onSubmit=${(e) => e.preventDefault()}>
      <${Field} id="filter-text" label="Number or notes">
        <input id="filter-text" type="search" value=${typed} onInput=${(e) => setTyped(e.target.value)} /><//>
      <${Field} id="filter-state" label="State">
        <select id="filter-state" value=${filters.state} onChange=${set('state')}>
          <option value="">Any</option>${STATES.map((s) => html`<option key=${s}>${s}</option>`)}
        </select><//>
      <${Field} id="filter-sync" label="Sync status">
        <select id="filter-sync" value=${filters.syncStatus} onChange=${set('syncStatus')}>
          <option value="">Any</option>${SYNC_STATES.map((s) => html`<option key=${s}>${s}</option>`)}
        </select><//>
      <${Field} id="filter-supplier" label="Supplier">
        <select id="filter-supplier" value=${filters.supplierId} onChange=${set('supplierId')}>
          <option value="">Any</option>
          ${suppliers.map((s) => html`<option key=${s.id} value=${s.id}>${s.name}</option>`)}
        </select><//>
    </form>
    <${ProblemBox} error=${error} />
    ${data && html`<div class="table-wrap"><table id="orders">
      <caption>${data.total} orders</caption>
      <thead><tr><${SortHeader} label="Number" by="number" sort=${sort} onSort=${setSort} />
        <th scope="col">Supplier</th><th scope="col">State</th>
        <th scope="col">Placed</th><${SortHeader} label="Untaxed total" by="total" sort=${sort} onSort=${setSort} num=${true} /></tr></thead>
      <tbody>${data.items.map((o) => html`<tr key=${o.id}>
        <td><a href=${'#/orders/' + o.id}>${o.number}</a></td>
        <td>${nameOf(o.supplierId)}</td>
        <td><span class=${'badge ' + o.state.toLowerCase()}>${o.state}</span>${o.locked ? ' 🔒' : ''}</td>
        <td>${when(o.placedAt)}</td>
        <td class="num">${money(o.untaxedTotal, o.currency)}</td>
      </tr>`)}</tbody>
    </table></div>
    <nav class="pager" aria-label="Pages">
      <button disabled=${page === 0} onClick=${() => setPage(page - 1)}>Previous</button>
      <span>Page ${page + 1} of ${pages}</span>
      <button disabled=${page + 1 >= pages} onClick=${() => setPage(page + 1)}>Next</button>
    </nav>`}
  </section>`;
}

function SyncBlock({ sync, odooUrl }) {
  if (!sync) return null;
  return html`<section class="card" aria-labelledby="sync-title">
    <h2 id="sync-title">Odoo</h2>
    <dl class="facts">
      <dt>Sync status</dt><dd><span id="sync-status" class=${'badge ' + String(sync.status).toLowerCase()}>${sync.status}</span></dd>
      <dt>Odoo order</dt><dd id="odoo-name">${sync.odooName || '—'}${sync.odooId ? ` (id ${sync.odooId})` : ''}
        ${sync.odooId && odooUrl && html` <a id="odoo-link" href=${`${odooUrl}/web#id=${sync.odooId}&model=purchase.order&view_type=form`}
          target="_blank" rel="noopener noreferrer">Open in Odoo</a>`}</dd>
      <dt>Last in step</dt><dd>${when(sync.lastSyncedAt)}</dd>
      ${sync.lastError && html`<dt>Last error</dt><dd class="error">${sync.lastError}</dd>`}
    </dl>
  </section>`;
}

export function OrderDetail({ session, id }) {
  const order = useApi('/purchase-orders/' + id);
  const audit = useApi('/purchase-orders/' + id + '/audit');
  const { nameOf } = useSuppliers();
  const [actionError, setActionError] = useState(null);
  useSyncEvents((outcome) => {
    if (outcome.orderId === id) {
      order.reload();
      audit.reload();
    }
  });
  if (order.error) return html`<${ProblemBox} error=${order.error} />`;
  if (!order.data) return html`<p class="loading">Loading…</p>`;
  const o = order.data;
  const act = (verb) => async () => {
    setActionError(null);
    try {
      await api('POST', `/purchase-orders/${id}/${verb}`, undefined, { 'If-Match': order.etag || '' });
      await order.reload();
      await audit.reload();
      return `Order ${verb === 'confirm' ? 'confirmed' : 'cancelled'}.`;
    } catch (e) {
      setActionError(e);
      throw e;
    }
  };
  const purchaser = hasRole(session, 'purchaser');
  return html`<article aria-labelledby="order-title">
    <p><a href="#/orders">← All orders</a></p>
    <h1 id="order-title">Order <span id="order-number">${o.number}</span></h1>
    <div class="grid">
      <section class="card" aria-labelledby="header-title">
        <h2 id="header-title">Order</h2>
        <dl class="facts">
          <dt>Supplier</dt><dd>${nameOf(o.supplierId)}</dd>
          <dt>State</dt><dd><span id="order-state" class=${'badge ' + o.state.toLowerCase()}>${o.state}</span>${o.locked ? ' (locked in Odoo)' : ''}</dd>
          <dt>Placed</dt><dd>${when(o.placedAt)}</dd>
          <dt>Notes</dt><dd id="order-notes">${o.notes || '—'}</dd>
          <dt>Untaxed total</dt><dd>${money(o.totals.untaxed, o.totals.currency)}</dd>
        </dl>
        ${purchaser && html`<div class="actions">
          ${o.state === 'DRAFT' && html`<a class="button" id="edit-order" href=${'#/orders/' + id + '/edit'}>Edit</a>`}
          ${o.state === 'DRAFT' && html`<${ConfirmButton} id="confirm-order" label="Confirm" question="Confirm this order?" action=${act('confirm')} />`}
          ${o.state !== 'CANCELLED' && html`<${ConfirmButton} id="cancel-order" label="Cancel order" question="Cancel this order?" action=${act('cancel')} />`}
        </div>`}
        <${ProblemBox} error=${actionError} />
      </section>
      <${SyncBlock} sync=${o.sync} odooUrl=${session.odooUrl} />
    </div>
    <section aria-labelledby="lines-title">
      <h2 id="lines-title">Lines</h2>
      <div class="table-wrap"><table id="lines">
        <thead><tr><th scope="col">Product</th><th scope="col" class="num">Quantity</th>
          <th scope="col" class="num">Unit price</th><th scope="col">Planned</th><th scope="col" class="num">Subtotal</th></tr></thead>
        <tbody>${o.lines.map((l) => html`<tr key=${l.lineId}>
          <td>${l.description}</td><td class="num">${l.quantity}</td>
          <td class="num">${money(l.unitPrice, o.currency)}</td><td>${l.plannedDate || '—'}</td>
          <td class="num">${money(l.subtotal, o.currency)}</td></tr>`)}</tbody>
      </table></div>
    </section>
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">History</h2>
      <ol class="timeline" id="audit">${(audit.data || []).map((e, i) => html`<li key=${i}>
        <time>${when(e.occurredAt)}</time> <strong>${e.action}</strong> by ${e.actor}
        ${e.detail && html` <span class="detail">${e.detail}</span>`}</li>`)}</ol>
    </section>
  </article>`;
}

export function NewOrder() {
  return html`<${OrderForm} />`;
}

/** Edits a draft order: sent with If-Match of the version shown (412 when it moved meanwhile). */
export function EditOrder({ id }) {
  const order = useApi('/purchase-orders/' + id);
  if (order.error) return html`<${ProblemBox} error=${order.error} />`;
  if (!order.data) return html`<p class="loading">Loading…</p>`;
  return html`<${OrderForm} existing=${order.data} etag=${order.etag} />`;
}

function OrderForm({ existing, etag }) {
  const { suppliers } = useSuppliers();
  const [supplierId, setSupplierId] = useState(existing ? existing.supplierId : '');
  const [notes, setNotes] = useState(existing ? existing.notes || '' : '');
  const [lines, setLines] = useState(existing
    ? existing.lines.map((l) => ({ lineId: l.lineId, productId: l.productId, quantity: String(l.quantity) }))
    : [{ productId: '', quantity: '1' }]);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const products = useApi(supplierId ? `/suppliers/${supplierId}/products?size=200` : null, [supplierId]);
  const productItems = (products.data && (products.data.items || products.data)) || [];
  const setLine = (i, key) => (e) => setLines(lines.map((l, j) => (j === i ? { ...l, [key]: e.target.value } : l)));
  const fieldError = (name) => (error && error.field === name ? error.message : null);
  // the order refuses a quantity as `quantity`: shown at the lines whose quantity is not above zero
  const quantityError = (i) => fieldError(`lines[${i}].quantity`)
    || (error && error.field === 'quantity' && !(Number(lines[i].quantity) > 0) ? error.message : null);
  const shownInPlace = (field) => ['supplierId', 'notes', 'quantity'].includes(field)
    || String(field || '').startsWith('lines[');
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { supplierId, notes, currency: existing ? existing.currency : undefined,
        lines: lines.map((l) => ({ lineId: l.lineId, productId: l.productId, quantity: l.quantity })) };
      const r = existing
        ? await api('PUT', '/purchase-orders/' + existing.id, body, { 'If-Match': etag || '' })
        : await api('POST', '/purchase-orders', body);
      location.hash = '#/orders/' + r.data.id;
    } catch (problem) {
      if (problem.status === 412) {
        problem.message = 'Someone changed this order meanwhile. Open it again to see the change, then edit.';
      }
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  const title = existing ? `Edit order ${existing.number}` : 'Place an order';
  return html`<section aria-labelledby="new-title">
    <p><a href=${existing ? '#/orders/' + existing.id : '#/orders'}>← ${existing ? 'Back to the order' : 'All orders'}</a></p>
    <h1 id="new-title">${title}</h1>
    <form class="card form" onSubmit=${submit} noValidate>
      <${Field} id="supplier" label="Supplier" error=${fieldError('supplierId')}>
        <select id="supplier" value=${supplierId} aria-invalid=${!!fieldError('supplierId')}
          onChange=${(e) => { setSupplierId(e.target.value); setLines([{ productId: '', quantity: '1' }]); }}>
          <option value="">Choose a supplier…</option>
          ${suppliers.map((s) => html`<option key=${s.id} value=${s.id}>${s.name}</option>`)}
        </select><//>
      <fieldset>
        <legend>Lines</legend>
        ${lines.map((l, i) => html`<div class="line" key=${i}>
          <${Field} id=${'product-' + i} label="Product" error=${fieldError(`lines[${i}].productId`)}>
            <select id=${'product-' + i} value=${l.productId} onChange=${setLine(i, 'productId')} disabled=${!supplierId}>
              <option value="">${supplierId ? 'Choose a product…' : 'Choose a supplier first'}</option>
              ${productItems.map((p) => html`<option key=${p.id} value=${p.id}>${p.name}</option>`)}
            </select><//>
          <${Field} id=${'quantity-' + i} label="Quantity" error=${quantityError(i)}>
            <input id=${'quantity-' + i} type="number" min="0" step="any" inputMode="decimal" value=${l.quantity}
              aria-invalid=${!!quantityError(i)} onInput=${setLine(i, 'quantity')} /><//>
          ${lines.length > 1 && html`<button type="button" onClick=${() => setLines(lines.filter((_, j) => j !== i))}>Remove line</button>`}
        </div>`)}
        <button type="button" id="add-line" onClick=${() => setLines([...lines, { productId: '', quantity: '1' }])}>Add a line</button>
      </fieldset>
      <${Field} id="notes" label="Notes" error=${fieldError('notes')}>
        <textarea id="notes" value=${notes} onInput=${(e) => setNotes(e.target.value)}></textarea><//>
      ${error && !shownInPlace(error.field)
        && html`<p class="error" role="alert" id="order-error">${error.message}${error.field ? ` (${error.field})` : ''}</p>`}
      <button type="submit" class="primary" id="place-order" disabled=${busy}>${existing ? 'Save changes' : 'Place order'}</button>
    </form>
  </section>`;
}
