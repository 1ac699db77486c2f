// The explorer's shell: header search, live-status, routing between views, toasts, and the access
// token form for servers that need one. Everything else lives in views/ and components/.
import { saveToken, savedToken } from './api.js';
import { createSearchBox } from './components/search.js';
import { h, replace } from './dom.js';
import { startLive } from './live.js';
import { articleHref, entityHref, href, parseHash, type Route } from './routes.js';
import type { ViewContext } from './view.js';
import { articleView } from './views/article.js';
import { entityView } from './views/entity.js';
import { graphView, pathView } from './views/graph.js';
import { homeView } from './views/home.js';
import { leadsView } from './views/leads.js';
import { notFoundView } from './views/not-found.js';
import { searchView } from './views/search.js';
import { trendsView } from './views/trends.js';

function must<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: #${id} is missing from index.html`);
  return el as T;
}

const main = must<HTMLElement>('main');
const toasts = must<HTMLElement>('toasts');
const live = startLive(must<HTMLElement>('live'));

function announce(message: string): void {
  const toast = h('div', { class: 'toast' }, message);
  toasts.append(toast);
  window.setTimeout(() => toast.remove(), 8000);
}

// ── search ────────────────────────────────────────────────────────────────
const search = createSearchBox({
  label: 'Search people, organisations, places, themes and evidence',
  placeholder: 'Search names, places, themes, quotes…  ( / )',
  withClaims: true,
  onChoose(choice) {
    search.clear();
    if (choice.kind === 'entity') location.hash = entityHref(choice.entity);
    else if (choice.kind === 'claim') {
      const article = choice.claim.evidence[0]?.article;
      location.hash = article ? articleHref(article.id) : entityHref(choice.claim.source);
    } else location.hash = href({ name: 'search', text: choice.text });
  },
});
must<HTMLElement>('search-slot').append(search.element);
document.addEventListener('keydown', (ev) => {
  const target = ev.target as HTMLElement | null;
  const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    search.input.focus();
  }
});

// The skip link must not change the hash (the hash is the route).
must<HTMLAnchorElement>('skip').addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});

// ── access token (servers with JEJAK_READ_TOKEN) ──────────────────────────
const dialog = must<HTMLDialogElement>('token-dialog');
const tokenInput = must<HTMLInputElement>('token-input');
must<HTMLButtonElement>('token-button').addEventListener('click', () => {
  tokenInput.value = savedToken() ?? '';
  dialog.showModal();
});
must<HTMLFormElement>('token-form').addEventListener('submit', (ev) => {
  const submitter = (ev as SubmitEvent).submitter as HTMLButtonElement | null;
  if (submitter?.value === 'save') {
    saveToken(tokenInput.value.trim() || null);
    void show(false);
  }
});

// ── routing ───────────────────────────────────────────────────────────────
let active: { controller: AbortController; cleanups: Array<() => void> } | null = null;

function navKey(route: Route): string {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'leads':
      return 'leads';
    case 'trends':
      return 'trends';
    case 'graph':
    case 'path':
      return 'graph';
    default:
      return '';
  }
}

async function dispatch(ctx: ViewContext, route: Route): Promise<void> {
  switch (route.name) {
    case 'home':
      return homeView(ctx);
    case 'entity':
      return entityView(ctx, route.kind, route.id);
    case 'graph':
      return graphView(ctx, route.id);
    case 'path':
      return pathView(ctx, route.from, route.to);
    case 'leads':
      return leadsView(ctx);
    case 'trends':
      return trendsView(ctx);
    case 'search':
      return searchView(ctx, route.text);
    case 'article':
      return articleView(ctx, route.id);
    case 'notFound':
      return notFoundView(ctx, `There is no page at “#${route.path}”.`);
  }
}

async function show(moveFocus: boolean): Promise<void> {
  if (active) {
    active.controller.abort();
    for (const fn of active.cleanups.splice(0)) fn();
  }
  const mine = { controller: new AbortController(), cleanups: [] as Array<() => void> };
  active = mine;
  const route = parseHash(location.hash);
  const key = navKey(route);
  document.querySelectorAll<HTMLAnchorElement>('#nav a').forEach((a) => {
    if (a.dataset['nav'] === key) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const ctx: ViewContext = {
    main,
    signal: mine.controller.signal,
    onCleanup: (fn) => mine.cleanups.push(fn),
    live,
    setTitle: (title) => {
      document.title = `${title} · jejak`;
    },
    announce,
    redirect: (hash) => {
      history.replaceState(history.state, '', hash);
      void show(moveFocus);
    },
  };
  main.setAttribute('aria-busy', 'true');
  try {
    await dispatch(ctx, route);
  } catch (err) {
    // Views draw their own errors; this is the last resort for a bug.
    console.error(err);
    replace(main, h('h1', { tabindex: -1 }, 'The page failed'), h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
  }
  if (active !== mine || mine.controller.signal.aborted) return;
  main.removeAttribute('aria-busy');
  if (moveFocus) {
    window.scrollTo(0, 0);
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }
}

window.addEventListener('hashchange', () => void show(true));
// The first view keeps focus where the browser put it; later ones move it to their heading.
void show(false);
