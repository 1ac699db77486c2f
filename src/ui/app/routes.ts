// Deep links live in the URL hash (`#/person/person:sam-altman`), so the back button, bookmarks and
// shared links work without any server-side routing.
import type { EntityType } from './types.js';

export type EntityKind = 'person' | 'organization' | 'country' | 'region' | 'city' | 'theme';

export type Route =
  | { name: 'home' }
  | { name: 'entity'; kind: EntityKind | 'entity'; id: string }
  | { name: 'graph'; id: string | null }
  | { name: 'path'; from: string; to: string }
  | { name: 'leads' }
  | { name: 'trends' }
  | { name: 'search'; text: string }
  | { name: 'article'; id: string }
  | { name: 'notFound'; path: string };

const KINDS: readonly EntityKind[] = ['person', 'organization', 'country', 'region', 'city', 'theme'];

export function kindOf(type: EntityType): EntityKind {
  return type.toLowerCase() as EntityKind;
}

/** Ids keep their colon readable in the address bar; everything else is escaped. */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').slice(1);
  const decoded = parts.map(decodeSegment);
  if (decoded.some((p) => p === null)) return { name: 'notFound', path };
  const [head, a, b, ...rest] = decoded as string[];
  if (rest.length > 0) return { name: 'notFound', path };
  if (!head && a === undefined) return { name: 'home' };
  if (head === 'leads' && a === undefined) return { name: 'leads' };
  if (head === 'trends' && a === undefined) return { name: 'trends' };
  if (head === 'search' && b === undefined) return { name: 'search', text: a ?? '' };
  if (head === 'graph' && b === undefined) return { name: 'graph', id: a || null };
  if (head === 'path' && a && b) return { name: 'path', from: a, to: b };
  if (head === 'article' && a && b === undefined) return { name: 'article', id: a };
  if ((head === 'entity' || KINDS.includes(head as EntityKind)) && a && b === undefined) {
    return { name: 'entity', kind: head as EntityKind | 'entity', id: a };
  }
  return { name: 'notFound', path };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'entity':
      return `#/${route.kind}/${encodeSegment(route.id)}`;
    case 'graph':
      return route.id ? `#/graph/${encodeSegment(route.id)}` : '#/graph';
    case 'path':
      return `#/path/${encodeSegment(route.from)}/${encodeSegment(route.to)}`;
    case 'leads':
      return '#/leads';
    case 'trends':
      return '#/trends';
    case 'search':
      return `#/search/${encodeSegment(route.text)}`;
    case 'article':
      return `#/article/${encodeSegment(route.id)}`;
    case 'notFound':
      return `#${route.path}`;
  }
}

export function entityHref(ref: { id: string; type: EntityType }): string {
  return href({ name: 'entity', kind: kindOf(ref.type), id: ref.id });
}

export function articleHref(id: string): string {
  return href({ name: 'article', id });
}
