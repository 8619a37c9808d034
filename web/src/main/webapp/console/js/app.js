import { html, ReactDOM, useState, useEffect, useRef, api, Problem, Field, onSignedOut,
  connectEvents, disconnectEvents, useLive, hasRole, zone } from './lib.js';
import { Dashboard } from './pages/dashboard.js';
import { Orders, OrderDetail, NewOrder, EditOrder } from './pages/orders.js';
import { Conflicts } from './pages/conflicts.js';
import { DeadLetters } from './pages/deadletters.js';
import { Operations } from './pages/operations.js';

function useRoute() {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const changed = () => setHash(location.hash || '#/');
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash.replace(/^#/, '');
}

function SignIn({ onSignedIn, expired }) {
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const first = useRef(null);
  useEffect(() => { first.current && first.current.focus(); }, []);
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api('POST', '/session/login', { user, password });
      onSignedIn(r.data);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name) => (error && error.field === name ? error.message : null);
  return html`<main class="signin">
    <form onSubmit=${submit} aria-labelledby="signin-title" noValidate>
      <h1 id="signin-title">OrderBridge</h1>
      <p>Sign in with your OrderBridge user.</p>
      ${expired && html`<p class="notice" role="status">Your session has ended. Please sign in again.</p>`}
      <${Field} id="user" label="User name" error=${fieldError('user')}>
        <input id="user" name="user" ref=${first} autoComplete="username" value=${user}
          aria-invalid=${!!fieldError('user')} onInput=${(e) => setUser(e.target.value)} />
      <//>
      <${Field} id="password" label="Password" error=${fieldError('password')}>
        <input id="password" name="password" type="password" autoComplete="current-password"
          value=${password} aria-invalid=${!!fieldError('password')}
          onInput=${(e) => setPassword(e.target.value)} />
      <//>
      ${error && !error.field && html`<p class="error" role="alert" id="signin-error">${error.message}</p>`}
      <button type="submit" class="primary" id="sign-in" disabled=${busy}>Sign in</button>
    </form>
  </main>`;
}

function Nav({ session, route, onSignOut }) {
  const live = useLive();
  const operator = hasRole(session, 'sync-operator');
  const auditor = hasRole(session, 'auditor');
  const shown = route === '/' ? (operator ? '/dashboard' : '/orders') : route;
  const links = [
    operator && ['/dashboard', 'Dashboard'],
    ['/orders', 'Orders'],
    (operator || auditor) && ['/conflicts', 'Conflicts'],
    operator && ['/dead-letters', 'Dead letters'],
    operator && ['/operations', 'Operations'],
  ].filter(Boolean);
  return html`<header class="top">
    <a class="skip" href="#main">Skip to content</a>
    <span class="brand">OrderBridge</span>
    <nav aria-label="Main">
      <ul>${links.map(([path, label]) => html`<li key=${path}>
        <a href=${'#' + path} aria-current=${shown.startsWith(path) ? 'page' : undefined}>${label}</a>
      </li>`)}</ul>
    </nav>
    <span class=${'live ' + (live ? 'on' : 'off')} id="live" role="status"
      title=${live ? 'Live: changes appear as they happen' : 'Not connected to live updates'}>
      ${live ? '● live' : '○ offline'}</span>
    <span class="who">${session.user} <small>(${session.roles.join(', ')})</small></span>
    <button id="sign-out" onClick=${onSignOut}>Sign out</button>
  </header>`;
}

function Page({ session, route }) {
  const operator = hasRole(session, 'sync-operator');
  const m = route.match(/^\/orders\/([0-9a-f-]{36})$/);
  if (m) return html`<${OrderDetail} session=${session} id=${m[1]} />`;
  const edit = route.match(/^\/orders\/([0-9a-f-]{36})\/edit$/);
  if (edit && hasRole(session, 'purchaser')) return html`<${EditOrder} id=${edit[1]} />`;
  if (route === '/orders/new') return html`<${NewOrder} session=${session} />`;
  if (route.startsWith('/orders')) return html`<${Orders} session=${session} />`;
  if (route === '/conflicts') return html`<${Conflicts} session=${session} />`;
  if (operator && route === '/dead-letters') return html`<${DeadLetters} />`;
  if (operator && route === '/operations') return html`<${Operations} />`;
  if (operator && (route === '/dashboard' || route === '/')) return html`<${Dashboard} />`;
  return html`<${Orders} session=${session} />`;
}

function App() {
  const [session, setSession] = useState(undefined);
  const [expired, setExpired] = useState(false);
  const route = useRoute();
  useEffect(() => {
    api('GET', '/session').then((r) => setSession(r.data), () => setSession(null));
    return onSignedOut(() => {
      disconnectEvents();
      setSession((s) => { if (s) setExpired(true); return null; });
    });
  }, []);
  useEffect(() => { if (session) connectEvents(); }, [session]);
  useEffect(() => {
    const main = document.getElementById('main');
    if (main) main.focus({ preventScroll: true });
  }, [route]);
  if (session === undefined) return html`<p class="loading">Loading…</p>`;
  if (session === null) {
    return html`<${SignIn} expired=${expired} onSignedIn=${(s) => { setExpired(false); setSession(s); }} />`;
  }
  const signOut = async () => {
    await api('POST', '/session/logout').catch(() => null);
    disconnectEvents();
    setExpired(false);
    setSession(null);
  };
  return html`<div class="shell">
    <${Nav} session=${session} route=${route} onSignOut=${signOut} />
    <main id="main" tabIndex="-1"><${Page} session=${session} route=${route} /></main>
    <footer>Times are shown in ${zone}.</footer>
  </div>`;
}

ReactDOM.createRoot(document.getElementById('root')).render(html`<${App} />`);
export { Problem };
