// Errors every stage may raise. `code` is stable: the CLI prints it, the API maps it to extensions.code.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL';

export class JejakError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JejakError';
    this.code = code;
  }
}

/** Input that cannot be read as an article. `where` names the file (and field or line) at fault. */
export class InputError extends JejakError {
  readonly where: string;
  readonly reason: string;
  constructor(where: string, reason: string, options?: { cause?: unknown }) {
    super('BAD_USER_INPUT', `${where}: ${reason}`, options);
    this.name = 'InputError';
    this.where = where;
    this.reason = reason;
  }
}

export class StoreUnavailableError extends JejakError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
