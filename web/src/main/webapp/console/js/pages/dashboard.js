import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { html, useEffect, useRef, useApi, useSyncEvents, when, ago, ProblemBox } from '../lib.js';

/** Orders pushed per minute and the backlog over the last hour (GET /api/sync/history). */
function Throughput({ minutes }) {
  const box = useRef(null);
  useEffect(() => {
    if (!box.current || !minutes) return undefined;
    const data = [
      minutes.map((m) => Date.parse(m.startedAt) / 1000),
      minutes.map((m) => m.pushed),
      minutes.map((m) => m.backlog),
    ];
    const chart = new uPlot({
      width: Math.max(280, box.current.clientWidth - 8),
      height: 220,
      series: [{}, { label: 'Pushed / min', stroke: '#1e7b34', width: 2, points: { show: false } },
        { label: 'Backlog', stroke: '#a55b00', width: 2, dash: [6, 4], points: { show: false } }],
      axes: [{}, { label: 'orders' }],
    }, data, box.current);
    return () => chart.destroy();
  }, [minutes]);
  const pushed = (minutes || []).reduce((sum, m) => sum + m.pushed, 0);
  const last = minutes && minutes.length ? minutes[minutes.length - 1].backlog : 0;
  return html`<section class="card" aria-labelledby="chart-title">
    <h2 id="chart-title">Last hour</h2>
    <p id="chart-summary">${pushed} orders pushed; backlog now ${last}.</p>
    <div ref=${box} id="throughput-chart" role="img"
      aria-label=${`Chart of orders pushed per minute and backlog over the last hour: ${pushed} pushed, backlog now ${last}`}></div>
  </section>`;
}

function Tile({ id, label, value, warn }) {
  return html`<div class=${'tile' + (warn ? ' warn' : '')} id=${id}>
    <span class="label">${label}</span><span class="value">${value}</span></div>`;
}

export function Dashboard() {
  const status = useApi('/sync/status');
  const realtime = useApi('/sync/realtime');
  const history = useApi('/sync/history');
  const pull = useApi('/sync/pull');
  useSyncEvents(() => status.reload());
  useEffect(() => {
    const every = setInterval(() => { status.reload(); history.reload(); pull.reload(); }, 15000);
    return () => clearInterval(every);
  }, [status.reload, history.reload, pull.reload]);
  const s = status.data;
  return html`<section aria-labelledby="dash-title">
    <h1 id="dash-title">Dashboard</h1>
    <${ProblemBox} error=${status.error} />
    ${s && html`<div class="tiles">
      <${Tile} id="tile-backlog" label="Backlog" value=${s.backlog} warn=${s.backlog > 0} />
      <${Tile} id="tile-oldest" label="Oldest pending" value=${ago(s.oldestPendingAgeSeconds)} />
      <${Tile} id="tile-retrying" label="Retrying" value=${s.retrying} warn=${s.retrying > 0} />
      <${Tile} id="tile-dead" label="Dead letters" value=${html`<a href="#/dead-letters">${s.deadLetters}</a>`} warn=${s.deadLetters > 0} />
      <${Tile} id="tile-conflicts" label="Open conflicts" value=${html`<a href="#/conflicts">${s.pendingConflicts}</a>`} warn=${s.pendingConflicts > 0} />
      <${Tile} id="tile-circuit" label="Circuit to Odoo" value=${s.odoo ? s.odoo.circuit : '—'} warn=${s.odoo && s.odoo.circuit !== 'CLOSED'} />
      <${Tile} id="tile-push" label="Push" value=${s.pushEnabled ? 'on' : 'off'} warn=${!s.pushEnabled} />
      <${Tile} id="tile-webhooks" label="Webhooks" value=${realtime.data ? (realtime.data.enabled && realtime.data.configured ? 'on' : 'off') : '—'} />
      <${Tile} id="tile-last" label="Last successful push" value=${when(s.lastSuccessfulSync)} />
      <${Tile} id="tile-last-pull" label="Last successful pull" value=${pull.data ? when(pull.data.lastSuccessfulPoll) : '—'} />
      <${Tile} id="tile-odoo" label="Odoo" value=${s.odoo ? `${s.odoo.version || '?'} over ${s.odoo.transport || '?'}${s.odoo.reachable ? '' : ' (not answering)'}` : '—'} warn=${s.odoo && !s.odoo.reachable} />
    </div>`}
    <${Throughput} minutes=${history.data} />
  </section>`;
}
