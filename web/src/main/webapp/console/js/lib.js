// The console's building blocks: React (its UMD build, loaded by index.html), htm's tagged templates
// in place of JSX (no compile step), the REST API with its problem documents, and the live events.
import htm from '/_static/htm/3.1.1/dist/htm.module.js';

export const React = window.React;
export const ReactDOM = window.ReactDOM;
export const { useState, useEffect, useCallback, useRef } = React;
export const html = htm.bind(React.createElement);

/** An RFC 9457 problem document the API answered, with the input at fault in `field`. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.field = body && body.field;
    this.body = body;
  }
}

const signedOutListeners = new Set();
export const onSignedOut = (listener) => {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
};

/** Calls the REST API with the session's cookies; the header marks the console (no Basic pop-up). */
export async function api(method, path, body, headers = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'OrderBridgeConsole', ...headers },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch('/api' + path, init);
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (notJson) {
    data = { detail: text };
  }
  if (response.status === 401 && path !== '/session/login') {
    signedOutListeners.forEach((l) => l());
  }
  if (!response.ok) {
    throw new Problem(response.status, data);
  }
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

/** Loads `path` now and whenever `deps` change; `reload()` loads again. */
export function useApi(path, deps = []) {
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const load = useCallback(() => {
    if (!path) return Promise.resolve();
    return api('GET', path).then(
      (r) => setState({ loading: false, data: r.data, etag: r.etag, error: null }),
      (e) => setState({ loading: false, data: null, error: e }));
  }, [path, ...deps]);
  useEffect(() => { load(); }, [load]);
  return { ...state, reload: load };
}

// ---- the live events of GET /api/sync/events ----
const eventListeners = new Set();
let source = null;
export const liveState = { connected: false, listeners: new Set() };

const KINDS = ['pushed', 'retrying', 'failed', 'conflict-opened', 'conflict-settled', 'pulled',
  'deleted-in-odoo'];

export function connectEvents() {
  if (source) return;
  source = new EventSource('/api/sync/events');
  const setConnected = (c) => {
    liveState.connected = c;
    liveState.listeners.forEach((l) => l(c));
  };
  source.addEventListener('ready', () => setConnected(true));
  source.onerror = () => setConnected(false);
  KINDS.forEach((kind) => source.addEventListener(kind, (message) => {
    const outcome = JSON.parse(message.data);
    eventListeners.forEach((l) => l(outcome));
  }));
}

export function disconnectEvents() {
  if (source) source.close();
  source = null;
  liveState.connected = false;
  liveState.listeners.forEach((l) => l(false));
}

/** Calls `listener(outcome)` for each sync outcome while the component is shown. */
export function useSyncEvents(listener) {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    const l = (o) => latest.current(o);
    eventListeners.add(l);
    return () => eventListeners.delete(l);
  }, []);
}

export function useLive() {
  const [connected, setConnected] = useState(liveState.connected);
  useEffect(() => {
    liveState.listeners.add(setConnected);
    return () => liveState.listeners.delete(setConnected);
  }, []);
  return connected;
}

// ---- formatting: dates in the browser's time zone and language ----
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export const when = (instant) => (instant ? dateTime.format(new Date(instant)) : '—');
export const money = (amount, currency) => {
  if (amount === null || amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch (unknownCurrency) {
    return `${amount} ${currency}`;
  }
};
export const ago = (seconds) => {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
};

export const hasRole = (session, role) => !!session && session.roles.includes(role);

/** A field with its label and, in place, the problem the API reported for it. */
export function Field({ id, label, error, children, hint }) {
  return html`<div class=${'field' + (error ? ' invalid' : '')}>
    <label for=${id}>${label}</label>
    ${children}
    ${hint && html`<small id=${id + '-hint'}>${hint}</small>`}
    ${error && html`<p class="error" id=${id + '-error'} role="alert">${error}</p>`}
  </div>`;
}

/** A problem shown where the action was. */
export function ProblemBox({ error }) {
  if (!error) return null;
  return html`<p class="error" role="alert">${error.message}</p>`;
}

/** A button that asks first and then shows what came of it. */
export function ConfirmButton({ label, question, action, className = '', id }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState(null);
  const yes = useRef(null);
  useEffect(() => { if (asking && yes.current) yes.current.focus(); }, [asking]);
  const run = async () => {
    setBusy(true);
    try {
      const r = await action();
      setResult({ ok: true, text: r || 'Done.' });
    } catch (e) {
      setResult({ ok: false, text: e.message });
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return html`<div class="confirm">
    ${!asking && html`<button id=${id} class=${className} onClick=${() => { setAsking(true); setResult(null); }}>${label}</button>`}
    ${asking && html`<div class="ask" role="alertdialog" aria-label=${question}>
      <span>${question}</span>
      <button ref=${yes} class="primary" disabled=${busy} onClick=${run}>Yes, ${label.toLowerCase()}</button>
      <button onClick=${() => setAsking(false)}>Cancel</button>
    </div>`}
    ${result && html`<p class=${result.ok ? 'result ok' : 'result error'} role="status">${result.text}</p>`}
  </div>`;
}
