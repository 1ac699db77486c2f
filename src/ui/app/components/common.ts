// Small pieces every view uses: entity links, badges, sections, evidence quotes, loading and error states.
import { ApiError } from '../api.js';
import { h, type Child } from '../dom.js';
import { formatDate, statusLabel, TYPE_LABEL } from '../format.js';
import { articleHref, entityHref } from '../routes.js';
import type { ArticleRef, EntityRef, EntityType, EvidenceItem, Status } from '../types.js';

export function typeBadge(type: EntityType): HTMLElement {
  return h('span', { class: `badge type-${type.toLowerCase()}` }, TYPE_LABEL[type]);
}

export function statusBadge(status: Status): HTMLElement {
  return h('span', { class: `status status-${status.toLowerCase()}` }, statusLabel(status));
}

export function entityLink(ref: EntityRef, props: { withType?: boolean } = {}): HTMLElement {
  const link = h('a', { href: entityHref(ref), class: `entity-link type-${ref.type.toLowerCase()}` }, ref.name);
  return props.withType ? h('span', { class: 'entity-with-type' }, link, ' ', typeBadge(ref.type)) : link;
}

export function themeLink(theme: { id: string; name: string }): HTMLElement {
  return h('a', { href: entityHref({ id: theme.id, type: 'THEME' }), class: 'chip' }, theme.name);
}

/** A section with a heading; `count` shows after the title. */
export function section(title: string, props: { count?: number | string; id?: string; intro?: Child } = {}, ...body: Child[]): HTMLElement {
  const headingId = props.id ? `${props.id}-h` : undefined;
  return h(
    'section',
    { class: 'panel', id: props.id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title, props.count !== undefined ? h('span', { class: 'count' }, ` ${props.count}`) : null),
    props.intro ? h('p', { class: 'intro' }, props.intro) : null,
    body,
  );
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** Where a sentence comes from: title (to the original), publisher, date, and the copy kept here. */
export function articleCite(article: ArticleRef): HTMLElement {
  const title = article.url
    ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', class: 'article-title' }, article.title || article.url, h('span', { class: 'sr-only' }, ' (opens the original)'))
    : h('span', { class: 'article-title' }, article.title || article.id);
  return h(
    'span',
    { class: 'cite' },
    title,
    article.source ? h('span', { class: 'source' }, article.source) : null,
    h('time', { datetime: article.publishedAt ?? undefined }, formatDate(article.publishedAt)),
    h('a', { href: articleHref(article.id), class: 'stored' }, 'read here'),
  );
}

export function evidenceList(evidence: readonly EvidenceItem[]): HTMLElement {
  if (evidence.length === 0) return empty('No evidence sentence stored.');
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((e) => h('li', null, h('blockquote', null, e.text), articleCite(e.article))),
  );
}

export function loading(what: string): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
}

const HINTS: Record<string, string> = {
  NETWORK: 'Check that `jejak serve` is running, then try again.',
  UNAUTHENTICATED: 'This server needs an access token.',
  STORE_UNAVAILABLE: 'The database is not answering right now; try again in a moment.',
  QUERY_TOO_COMPLEX: 'The request was too large for the server’s limits.',
  BAD_USER_INPUT: 'Check what was asked and try again.',
};

/** An error box naming the API's code; `retry` adds a button. */
export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  const e = err instanceof ApiError ? err : new ApiError(err instanceof Error ? err.message : String(err), 'INTERNAL');
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('p', null, h('strong', null, 'Something went wrong: '), e.message),
    h('p', { class: 'muted' }, `Code ${e.code}. `, HINTS[e.code] ?? ''),
    e.code === 'UNAUTHENTICATED' ? h('button', { type: 'button', onclick: () => document.getElementById('token-button')?.click() }, 'Enter access token') : null,
    retry ? h('button', { type: 'button', onclick: retry }, 'Try again') : null,
  );
}

/** A labelled number for profile headers. */
export function stat(label: string, value: Child): HTMLElement {
  return h('div', { class: 'stat' }, h('dt', null, label), h('dd', null, value));
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
