// Error policy of the API: every error a client sees carries a stable `extensions.code`.
// Errors about the request (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN) keep their
// message; STORE_UNAVAILABLE and anything unexpected are masked (and logged by yoga).
import { GraphQLError } from 'graphql';
import { JejakError, type ErrorCode } from '../domain/errors.js';

/** Codes whose message is about the request and safe to show as is. */
const CLIENT_CODES: ReadonlySet<ErrorCode> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN']);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export const STORE_UNAVAILABLE_MESSAGE = 'The graph store is unavailable; try again later.';
export const UNEXPECTED_MESSAGE = 'Unexpected error.';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { ...extensions, code, ...(status !== undefined ? { http: { status } } : {}) },
  });
}

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extensions);
}

/** A client-facing JejakError becomes a GraphQLError with its code; anything else is left for masking. */
export function toClientError(err: unknown): unknown {
  if (err instanceof JejakError && CLIENT_CODES.has(err.code)) return apiError(err.code, err.message);
  return err;
}

/**
 * GraphQLError by shape, not `instanceof`: graphql can be loaded twice (its CommonJS and ESM builds,
 * e.g. under a bundler or test runner), and errors from the other copy must be recognised too.
 */
export function isGraphQLError(err: unknown): err is GraphQLError {
  return err instanceof Error && err.name === 'GraphQLError' && typeof (err as { extensions?: unknown }).extensions === 'object';
}

function findJejakError(err: unknown): JejakError | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (e instanceof JejakError) return e;
    e = e instanceof Error ? ((e as { originalError?: unknown }).originalError ?? e.cause) : undefined;
  }
  return null;
}

/** A new error at the same place as `located`, made by the same graphql copy (so yoga keeps its path). */
function replaceError(located: unknown, message: string, extensions: Record<string, unknown>): GraphQLError {
  if (!isGraphQLError(located)) return new GraphQLError(message, { extensions });
  const Ctor = located.constructor as typeof GraphQLError;
  return new Ctor(message, {
    nodes: located.nodes ?? null,
    source: located.source ?? null,
    positions: located.positions ?? null,
    path: located.path ?? null,
    extensions,
  });
}

/** yoga `maskedErrors.maskError`: errors we raised on purpose pass; store outages and bugs are masked. */
export function maskError(error: unknown): Error {
  if (isGraphQLError(error)) {
    const original = error.originalError;
    // Raised as a GraphQL error (by us, or by graphql itself): already coded and meant for the client.
    if (original === undefined || original === null || isGraphQLError(original)) return error;
  }
  const jejak = findJejakError(error);
  if (jejak && CLIENT_CODES.has(jejak.code)) return replaceError(error, jejak.message, { code: jejak.code });
  if (jejak?.code === 'STORE_UNAVAILABLE') {
    return replaceError(error, STORE_UNAVAILABLE_MESSAGE, { code: 'STORE_UNAVAILABLE', http: { status: 503 } });
  }
  return replaceError(error, UNEXPECTED_MESSAGE, { code: 'INTERNAL' });
}
