import { formatInteger } from '../../../shared/format/french';
import type { AppError } from '../../../shared/result';

/**
 * The last guard on every error that leaves the router: whatever a handler or a schema wrote (a list of a million
 * columns, a quoted 10 MB value), the message and the per-field map stay small enough to show and to send.
 */

export const MAX_MESSAGE_CHARS = 2_000;
export const MAX_FIELDS = 50;
export const MAX_FIELD_KEY_CHARS = 200;
export const MAX_FIELD_MESSAGE_CHARS = 500;

/** Cuts before `max` characters (never inside a surrogate pair) and says how much was left out. */
export function boundMessage(text: string, max = MAX_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  // Room for the note, whose length depends on the count it prints: 60 characters is more than enough.
  let end = max - 60;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)} … (abrégé\u00a0: ${formatInteger(text.length - end)}\u00a0caractères de plus)`;
}

export function boundError(error: AppError): AppError {
  const message = boundMessage(typeof error.message === 'string' ? error.message : '');
  const bounded: AppError = {
    code: error.code,
    message: message.trim() === '' ? 'L’action a été refusée.' : message,
  };
  if (error.fields) {
    const entries: [string, string][] = [];
    for (const key in error.fields) {
      if (!Object.hasOwn(error.fields, key)) continue;
      if (entries.length === MAX_FIELDS) break;
      const value = error.fields[key];
      entries.push([
        boundMessage(key, MAX_FIELD_KEY_CHARS),
        boundMessage(typeof value === 'string' ? value : '', MAX_FIELD_MESSAGE_CHARS),
      ]);
    }
    // fromEntries defines own properties: a `__proto__` key stays a key, never a prototype.
    bounded.fields = Object.fromEntries(entries);
  }
  return bounded;
}
