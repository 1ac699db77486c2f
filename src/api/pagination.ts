// Relay cursor pagination (forward only: first / after). A cursor is an opaque base64url of the
// item's position in the list, so any list — a store page or one computed in memory — pages alike.
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Window {
  offset: number;
  limit: number;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const PREFIX = 'jejak:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0 || encodeCursor(n) !== cursor) {
    throw badInput(`after: "${cursor}" is not a cursor this API gave out`);
  }
  return n;
}

/** The offset and size `first`/`after` ask for; BAD_USER_INPUT beyond MAX_PAGE_SIZE. */
export function pageWindow(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): Window {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${String(first)}`, {
      argument: 'first',
      max: MAX_PAGE_SIZE,
    });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/** A connection over one page of items starting at `window.offset`, out of `total`. */
export function toConnection<T>(items: readonly T[], total: number, window: Window): Connection<T> {
  const page = items.slice(0, window.limit);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** Pages a list already held in memory. */
export function sliceConnection<T>(all: readonly T[], args: PageArgs): Connection<T> {
  const window = pageWindow(args);
  return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
}
