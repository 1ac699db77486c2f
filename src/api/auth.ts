// Bearer tokens: JEJAK_API_TOKEN allows mutations (and reads); JEJAK_READ_TOKEN, when set, is needed
// for reads. Without JEJAK_API_TOKEN mutations are disabled; without JEJAK_READ_TOKEN reads are open.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config/env.js';
import { apiError } from './errors.js';

export type TokenConfig = Pick<Config, 'apiToken' | 'readToken'>;

export interface Access {
  canRead: boolean;
  canWrite: boolean;
  /** Why a write would be refused; null when allowed. */
  writeRefusal: { code: 'FORBIDDEN' | 'UNAUTHENTICATED'; message: string } | null;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

/** Constant-time comparison (of digests, so lengths do not leak either). */
function same(given: string | null, expected: string | null): boolean {
  if (given === null || expected === null) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function accessFor(authorization: string | null | undefined, tokens: TokenConfig): Access {
  const token = bearerToken(authorization);
  const canWrite = same(token, tokens.apiToken);
  const canRead = tokens.readToken === null || canWrite || same(token, tokens.readToken);
  let writeRefusal: Access['writeRefusal'] = null;
  if (tokens.apiToken === null) {
    writeRefusal = { code: 'FORBIDDEN', message: 'Mutations are disabled on this server: start it with JEJAK_API_TOKEN set to allow them.' };
  } else if (!canWrite) {
    writeRefusal = {
      code: 'UNAUTHENTICATED',
      message: token === null ? 'This mutation needs an Authorization: Bearer <JEJAK_API_TOKEN> header.' : 'The bearer token does not allow mutations.',
    };
  }
  return { canRead, canWrite, writeRefusal };
}

export function readRefusal(authorization: string | null | undefined) {
  return apiError(
    'UNAUTHENTICATED',
    bearerToken(authorization) === null
      ? 'This server needs an Authorization: Bearer <JEJAK_READ_TOKEN> header.'
      : 'The bearer token is not valid for this server.',
  );
}

export function requireWrite(access: Access): void {
  if (access.writeRefusal) throw apiError(access.writeRefusal.code, access.writeRefusal.message);
}
