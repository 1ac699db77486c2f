// Small helpers for the plain HTTP routes next to /graphql.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** An error body shaped like a GraphQL error, so clients handle both alike. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Writes chunks with back-pressure. Headers are sent only once the first chunk exists, so a store
 * that fails at once still gets a proper error status; a later failure cuts the response short. */
export async function sendStream(
  res: ServerResponse,
  chunks: AsyncIterable<string>,
  headers: Record<string, string>,
  onEarlyError: (err: unknown) => void,
): Promise<void> {
  const it = chunks[Symbol.asyncIterator]();
  let next: IteratorResult<string>;
  try {
    next = await it.next();
  } catch (err) {
    onEarlyError(err);
    return;
  }
  res.writeHead(200, headers);
  try {
    while (!next.done) {
      if (!res.write(next.value)) await once(res, 'drain');
      next = await it.next();
    }
    res.end();
  } catch (err) {
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}
