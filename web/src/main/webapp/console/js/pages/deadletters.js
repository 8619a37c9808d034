import { html, api, useApi, useSyncEvents, when, ConfirmButton, ProblemBox } from '../lib.js';

const TYPES = ['TRANSIENT', 'PERMANENT', 'BUSINESS'];

export function DeadLetters() {
  const { data, error, reload } = useApi('/sync/dead-letters');
  useSyncEvents(() => reload());
  const retryOne = (id) => async () => {
    await api('POST', `/sync/dead-letters/${id}/retry`);
    await reload();
    return 'Back in line.';
  };
  const retryType = (type) => async () => {
    const r = await api('POST', `/sync/dead-letters/retry?errorType=${type}`);
    await reload();
    return `${r.data.revived} back in line.`;
  };
  const present = TYPES.filter((t) => (data || []).some((d) => d.errorType === t));
  return html`<section aria-labelledby="dead-title">
    <h1 id="dead-title">Dead letters</h1>
    <p>Pushes whose retries are spent or that Odoo refused. Fix the cause, then retry.</p>
    <${ProblemBox} error=${error} />
    <div class="actions">${present.map((t) => html`<${ConfirmButton} key=${t} id=${'retry-all-' + t}
      label=${'Retry all ' + t.toLowerCase()} question=${`Put every ${t.toLowerCase()} dead letter back in line?`}
      action=${retryType(t)} />`)}</div>
    ${data && data.length === 0 && html`<p id="no-dead-letters">No dead letters.</p>`}
    ${data && data.length > 0 && html`<div class="table-wrap"><table id="dead-letters">
      <thead><tr><th scope="col">Order</th><th scope="col">Error type</th><th scope="col">Reason</th>
        <th scope="col" class="num">Attempts</th><th scope="col">Since</th><th scope="col">Action</th></tr></thead>
      <tbody>${data.map((d) => html`<tr key=${d.id} data-order=${d.orderId}>
        <td><a href=${'#/orders/' + d.orderId}>${d.orderId.slice(0, 8)}…</a> <small>${d.kind}</small></td>
        <td><span class=${'badge ' + String(d.errorType).toLowerCase()}>${d.errorType}</span></td>
        <td class="reason">${d.lastError}</td>
        <td class="num">${d.attempts}</td>
        <td>${when(d.processedAt || d.createdAt)}</td>
        <td><${ConfirmButton} id=${'retry-' + d.id} className="retry" label="Retry"
          question="Push this order again?" action=${retryOne(d.id)} /></td>
      </tr>`)}</tbody>
    </table></div>`}
  </section>`;
}
