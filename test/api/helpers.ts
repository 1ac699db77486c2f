// Starts the real server on an ephemeral port over a real store (a SQLite temp file, or the test
// Neo4j) filled with fixtures, and talks to it over HTTP like any client would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import { createServer, type ServerOptions } from '../../src/api/server.js';
import type { GraphStore } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { storeFactories } from '../contract/stores.js';

/** Response data is checked by the tests' assertions, not by types: left loose on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface GraphQLResponse {
  status: number;
  data?: Loose;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface Api {
  url: string;
  store: GraphStore;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** Data of a query that must succeed. */
  data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Loose>;
  close(): Promise<void>;
}

const open: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
});

export interface StartOptions extends Partial<Omit<ServerOptions, 'store'>> {
  extractions?: readonly Extraction[];
  /** Wraps the store the server sees (e.g. a counting proxy); the fixtures go in unwrapped. */
  wrap?: (store: GraphStore) => GraphStore;
}

/**
 * The store behind the server: SQLite, or Neo4j when the suite runs again with
 * JEJAK_TEST_API_STORE=neo4j (vitest.api-neo4j.config.ts, part of `npm test`), so every question is
 * asked over HTTP of both stores. Without a Neo4j that run fails in CI and falls back to SQLite elsewhere.
 */
async function openTestStore(dir: string): Promise<GraphStore> {
  if (process.env.JEJAK_TEST_API_STORE !== 'neo4j') return openSqliteStore(join(dir, 'jejak.db'));
  const neo4j = storeFactories().find((f) => f.name === 'neo4j');
  if (neo4j) return neo4j.open();
  process.stderr.write('[jejak api tests] JEJAK_TEST_API_STORE=neo4j but no NEO4J_URI: these API tests ran on SQLite\n');
  return openSqliteStore(join(dir, 'jejak.db'));
}

/** A server over a fresh store; closed (and its files removed) after the test. */
export async function startApi(options: StartOptions = {}): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-api-'));
  const store = await openTestStore(dir);
  for (const x of options.extractions ?? []) await store.save(x);
  const { extractions: _x, wrap, ...serverOptions } = options;
  const server = createServer({
    config: { apiToken: null, readToken: null },
    staticDir: null,
    ...serverOptions,
    store: wrap ? wrap(store) : store,
  });
  const running = await server.listen(0);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await running.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  open.push(close);

  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: res.status, ...body };
  };
  return {
    url: running.url,
    store,
    gql,
    async data(query, variables, headers) {
      const res = await gql(query, variables, headers);
      if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
      return res.data;
    },
    close,
  };
}

/** The one error of a response that must fail, with its code. */
export function onlyError(res: GraphQLResponse): { message: string; code: unknown; extensions: Record<string, unknown> } {
  if (!res.errors || res.errors.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(res)}`);
  const e = res.errors[0]!;
  return { message: e.message, code: e.extensions?.['code'], extensions: e.extensions ?? {} };
}

/** Reads `event: next` payloads of a GraphQL-over-SSE response as they arrive. */
export async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncIterable<unknown> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (event === 'complete') return;
      if (data) yield JSON.parse(data);
    }
  }
}

/** Ids of a connection's nodes. */
export function nodeIds(conn: { edges: Array<{ node: { id: string } }> }): string[] {
  return conn.edges.map((e) => e.node.id);
}
