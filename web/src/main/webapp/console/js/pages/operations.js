import { html, api, useApi, ConfirmButton, ProblemBox } from '../lib.js';

function Operation({ id, title, explain, label, question, action }) {
  return html`<section class="card op" aria-labelledby=${id + '-title'}>
    <h2 id=${id + '-title'}>${title}</h2>
    <p>${explain}</p>
    <${ConfirmButton} id=${id} label=${label} question=${question} action=${action} />
  </section>`;
}

export function Operations() {
  const push = useApi('/sync/push');
  const realtime = useApi('/sync/realtime');
  const run = (method, path, say) => async () => {
    const r = await api(method, path);
    push.reload();
    realtime.reload();
    return say(r.data);
  };
  const pushOn = push.data && push.data.enabled;
  const hooksOn = realtime.data && realtime.data.enabled;
  return html`<section aria-labelledby="ops-title">
    <h1 id="ops-title">Operations</h1>
    <${ProblemBox} error=${push.error || realtime.error} />
    <div class="grid">
      <${Operation} id="push-switch" title=${'Automatic push: ' + (push.data ? (pushOn ? 'on' : 'off') : '…')}
        explain="Stopped, orders keep queueing and go to Odoo once it runs again (e.g. an Odoo maintenance window)."
        label=${pushOn ? 'Stop push' : 'Start push'} question=${pushOn ? 'Stop pushing orders to Odoo on every instance?' : 'Start pushing orders to Odoo again?'}
        action=${run('POST', pushOn ? '/sync/push/stop' : '/sync/push/start', () => (pushOn ? 'Push stopped.' : 'Push started.'))} />
      <${Operation} id="poll-now" title="Poll Odoo" explain="Read the orders changed in Odoo now instead of at the next poll."
        label="Poll now" question="Poll Odoo for changed orders now?"
        action=${run('POST', '/sync/pull', (d) => `Polled: ${d.read} orders read, ${
          Object.entries(d.outcomes || {}).map(([k, v]) => `${v} ${k.toLowerCase()}`).join(', ') || 'nothing changed'
        }${d.failed ? `, ${d.failed} failed` : ''}.`)} />
      <${Operation} id="reconcile" title="Reconcile deletions" explain="Find orders deleted in Odoo."
        label="Reconcile" question="Compare our Odoo ids with Odoo's now?"
        action=${run('POST', '/sync/pull/reconcile', (d) => `${d.deletedInOdoo.length} deleted in Odoo.`)} />
      <${Operation} id="refresh-catalogue" title="Catalogue" explain="Mirror suppliers and products from Odoo now."
        label="Refresh catalogue" question="Refresh the supplier catalogue from Odoo now?"
        action=${run('POST', '/suppliers/refresh', (d) => `Refreshed: ${d.suppliers} suppliers, ${d.products} products, ${d.prices} prices.`)} />
      <${Operation} id="webhooks-switch" title=${'Webhooks: ' + (realtime.data ? (hooksOn ? 'on' : 'off') : '…')}
        explain=${realtime.data && !realtime.data.configured ? 'No WEBHOOK_TOKEN is set: Odoo cannot call us.' : 'The fast path for Odoo changes; polling goes on either way.'}
        label=${hooksOn ? 'Stop webhooks' : 'Start webhooks'} question=${hooksOn ? 'Stop taking webhooks from Odoo?' : 'Take webhooks from Odoo again?'}
        action=${run('POST', hooksOn ? '/sync/realtime/stop' : '/sync/realtime/start', () => 'Done.')} />
    </div>
  </section>`;
}
