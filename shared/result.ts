/** Every call across the process boundary answers with one of these: plain JSON, errors as values. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'no_territory'
  | 'database_too_new'
  /** The database file cannot be used as it is: damaged, not a database, read-only, or open elsewhere. */
  | 'database_unusable'
  /** Not enough free space on the disk for a copy. */
  | 'no_space'
  | 'unauthorized'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** A French sentence a user can act on. */
  message: string;
  /** Field-level messages for forms, keyed by a dotted path (`places.0.postcode`). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/** Thrown inside handlers to end a call with a French message; the router turns it into a value. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}
