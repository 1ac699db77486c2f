// Talking to the jejak GraphQL API: queries over POST /graphql and subscriptions over server-sent
// events on the same path. Errors keep the API's `extensions.code` so views can say what went wrong.

export const GRAPHQL_PATH = '/graphql';
const TOKEN_KEY = 'jejak.token';

/** An error the API (or the network) gave, with the API's code when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number | null = null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** The bearer token kept for this browser tab (servers with JEJAK_READ_TOKEN need one). */
export function savedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; the token then lasts as long as the page.
  }
  memoryToken = token;
}

let memoryToken: string | null = null;

function headers(accept: string): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', accept };
  const token = memoryToken ?? savedToken();
  if (token) h['authorization'] = `Bearer ${token}`;
  return h;
}

function toApiError(errors: GraphQLErrorBody[], status: number): ApiError {
  const first = errors[0];
  const code = typeof first?.extensions?.['code'] === 'string' ? first.extensions['code'] : 'INTERNAL';
  return new ApiError(first?.message ?? 'The API answered with an error.', code, status, first?.extensions ?? {});
}

/** Runs a query; resolves to its data or rejects with an ApiError. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: headers('application/graphql-response+json, application/json'),
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('Cannot reach the jejak server. Is it still running?', 'NETWORK', null);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The server answered HTTP ${res.status} without a GraphQL response.`, 'INTERNAL', res.status);
  }
  if (body.errors && body.errors.length > 0) throw toApiError(body.errors, res.status);
  if (body.data === undefined || body.data === null) throw new ApiError('The API answered without data.', 'INTERNAL', res.status);
  return body.data;
}

export interface Subscription {
  close(): void;
}

export interface SubscribeHandlers<T> {
  next(data: T): void;
  /** The stream is open (again). */
  open?(): void;
  /** The stream dropped; it reconnects by itself after a pause. */
  drop?(error: ApiError): void;
}

/**
 * Subscribes over GraphQL-over-SSE (`Accept: text/event-stream`). fetch rather than EventSource so
 * the bearer token can travel in a header. Reconnects with a growing pause until closed.
 */
export function subscribe<T>(query: string, variables: Record<string, unknown>, handlers: SubscribeHandlers<T>): Subscription {
  const controller = new AbortController();
  let closed = false;
  let pause = 1000;

  async function once(): Promise<void> {
    const res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: headers('text/event-stream'),
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (!res.ok || !res.body || !(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
      let body: GraphQLBody<T> | null = null;
      try {
        body = (await res.json()) as GraphQLBody<T>;
      } catch {
        // not JSON: report the status below
      }
      if (body?.errors?.length) throw toApiError(body.errors, res.status);
      throw new ApiError(`Live updates unavailable (HTTP ${res.status}).`, 'NETWORK', res.status);
    }
    handlers.open?.();
    pause = 1000;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = eventOf(block);
        if (event.name === 'complete') return;
        if (event.name === 'next' && event.data) {
          const payload = JSON.parse(event.data) as GraphQLBody<T>;
          if (payload.errors?.length) throw toApiError(payload.errors, res.status);
          if (payload.data) handlers.next(payload.data);
        }
      }
    }
  }

  async function loop(): Promise<void> {
    while (!closed) {
      try {
        await once();
        if (closed) return;
        handlers.drop?.(new ApiError('Live updates ended; reconnecting.', 'NETWORK'));
      } catch (err) {
        if (closed) return;
        handlers.drop?.(err instanceof ApiError ? err : new ApiError('Live updates dropped; reconnecting.', 'NETWORK'));
        // Refusals do not heal by retrying quickly.
        if (err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN')) pause = 30_000;
      }
      await new Promise((r) => window.setTimeout(r, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  }

  void loop();
  return {
    close() {
      closed = true;
      controller.abort();
    },
  };
}

function eventOf(block: string): { name: string | null; data: string } {
  let name: string | null = null;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // keep-alive comment
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return { name, data: data.join('\n') };
}
