/** The month and year lists of a start or end (« septembre » « 2026 »), from and to the stored value. */

export { MONTH_NAMES } from '../../../../../shared/format/french';

/** « 2026-09 » or « 2026-09-15 » → { month: '09', year: '2026' }; nothing set → empty strings. */
export function monthChoice(value: string | null): { month: string; year: string } {
  const match = value ? /^(\d{4})-(\d{2})/.exec(value) : null;
  return match ? { year: match[1] ?? '', month: match[2] ?? '' } : { month: '', year: '' };
}

/** Years offered: from five years back to ten years ahead, plus the stored one if it is outside. */
export function yearChoices(thisYear: number, stored: string): string[] {
  const years = new Set<number>();
  for (let year = thisYear - 5; year <= thisYear + 10; year++) years.add(year);
  if (/^\d{4}$/.test(stored)) years.add(Number(stored));
  return [...years].sort((a, b) => a - b).map(String);
}
