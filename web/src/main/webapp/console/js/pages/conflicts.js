import { html, useState, api, useApi, useSyncEvents, when, hasRole, ProblemBox } from '../lib.js';

/** The conflicts of one order, one row per field: base, ours and Odoo's side by side. */
const CHOSEN = { LOCAL: "OrderBridge's value kept", REMOTE: "Odoo's value taken", MERGED: 'value entered' };

/** `lines/<line id>/quantity` as people say it: `Office Lamp: quantity`. */
function fieldName(path, order) {
  const m = /^lines\/([0-9a-f-]{36})\/(.+)$/.exec(path);
  const line = m && order && order.lines.find((l) => l.lineId === m[1]);
  return line ? `${line.description}: ${m[2]}` : path;
}

/** One side's value; a line field without one is a line that side removed. */
function side(c, value) {
  if (value != null) return value;
  return c.path.startsWith('lines/') ? html`<em class="line-removed">line removed</em>` : '—';
}

function OrderConflicts({ orderId, conflicts, operator, onSettled }) {
  const order = useApi('/purchase-orders/' + orderId).data;
  const [merged, setMerged] = useState({});
  const [errors, setErrors] = useState({});
  const [done, setDone] = useState({});
  const settle = async (c, choice) => {
    setErrors({ ...errors, [c.id]: null });
    try {
      const body = choice === 'MERGED' ? { choice, values: { value: merged[c.id] ?? '' } } : { choice };
      await api('POST', `/sync/conflicts/${c.id}/resolution`, body);
      setDone({ ...done, [c.id]: choice });
      onSettled(`${order ? order.number : orderId} ${fieldName(c.path, order)}: ${CHOSEN[choice]}`);
    } catch (e) {
      setErrors({ ...errors, [c.id]: e });
    }
  };
  return html`<section class="card conflict" aria-label=${'Conflicts of order ' + orderId}>
    <h2><a href=${'#/orders/' + orderId}>Order ${order ? order.number : orderId.slice(0, 8) + '…'}</a></h2>
    <div class="table-wrap"><table>
      <thead><tr><th scope="col">Field</th><th scope="col">Last agreed</th><th scope="col">OrderBridge</th>
        <th scope="col">Odoo</th><th scope="col">Detected</th>${operator && html`<th scope="col">Choose</th>`}</tr></thead>
      <tbody>${conflicts.map((c) => html`<tr key=${c.id} data-conflict=${c.id} data-path=${c.path}>
        <th scope="row">${fieldName(c.path, order)}<br /><small>${c.group.toLowerCase()}</small></th>
        <td class="base">${c.base ?? '—'}</td>
        <td class=${c.local !== c.base ? 'changed' : ''}>${side(c, c.local)}</td>
        <td class=${c.remote !== c.base ? 'changed' : ''}>${side(c, c.remote)}</td>
        <td>${when(c.createdAt)}</td>
        ${operator && html`<td class="choose">
          ${done[c.id] ? html`<span class="result ok" role="status">Settled: ${done[c.id].toLowerCase()}</span>` : html`
            <button class="choose-local" onClick=${() => settle(c, 'LOCAL')}>Keep OrderBridge's</button>
            <button class="choose-remote" onClick=${() => settle(c, 'REMOTE')}>Take Odoo's</button>
            <span class="merge">
              <label for=${'merged-' + c.id}>or a value</label>
              <input id=${'merged-' + c.id} value=${merged[c.id] ?? ''}
                onInput=${(e) => setMerged({ ...merged, [c.id]: e.target.value })} />
              <button class="choose-merged" onClick=${() => settle(c, 'MERGED')}>Use it</button>
            </span>`}
          <${ProblemBox} error=${errors[c.id]} />
        </td>`}
      </tr>`)}</tbody>
    </table></div>
  </section>`;
}

export function Conflicts({ session }) {
  const { data, error, reload } = useApi('/sync/conflicts?status=open');
  useSyncEvents((o) => { if (o.kind.startsWith('conflict') || o.kind === 'pulled') reload(); });
  const operator = hasRole(session, 'sync-operator');
  const [settled, setSettled] = useState([]);
  const byOrder = {};
  (data || []).forEach((c) => { (byOrder[c.orderId] = byOrder[c.orderId] || []).push(c); });
  return html`<section aria-labelledby="conflicts-title">
    <h1 id="conflicts-title">Open conflicts</h1>
    <p>Fields both sides changed since they last agreed. ${operator
      ? 'Choose per field; both sides then converge.' : 'Only a sync operator can settle them.'}</p>
    <${ProblemBox} error=${error} />
    ${settled.length > 0 && html`<ul class="settled" id="settled" role="status" aria-label="Settled just now">
      ${settled.map((text, i) => html`<li key=${i} class="result ok">Settled: ${text}. Both sides converge.</li>`)}</ul>`}
    ${data && data.length === 0 && html`<p id="no-conflicts">No open conflicts.</p>`}
    ${Object.entries(byOrder).map(([orderId, list]) => html`<${OrderConflicts} key=${orderId}
      orderId=${orderId} conflicts=${list} operator=${operator} onSettled=${(text) => setSettled((list) => [...list, text])} />`)}
  </section>`;
}
