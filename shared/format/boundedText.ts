import { formatInteger, quoted } from './french';

/**
 * Pieces of a message that come from a file or from a call's input (column names, received values) are
 * shortened: a file with a million columns must not make a million-column message.
 */

/** Cuts before `max` characters, never inside a surrogate pair, and ends with « … ». */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** « a, b, c » or, past `max` items, « a, b, c… (et 999 997 autres) »; each item clipped. */
export function someOf(values: readonly string[], max = 10, maxChars = 80): string {
  const shown = values.slice(0, max).map((value) => clip(value, maxChars));
  const rest = values.length - shown.length;
  return rest > 0
    ? `${shown.join(', ')}… (et ${formatInteger(rest)} autre${rest > 1 ? 's' : ''})`
    : shown.join(', ');
}

/**
 * A received value as a message may quote it: « abc », « 12 », (une liste). Unlike `String()`, never throws
 * (`{"toString": 1}`), never recurses (a 5,000-level nested list) and stays short (a 10 MB string).
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return quoted(clip(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean') return quoted(String(value));
  if (value === null) return '(vide)';
  if (value === undefined) return '(absente)';
  if (Array.isArray(value)) return '(une liste)';
  if (typeof value === 'object') return '(un objet)';
  return '(illisible)';
}
