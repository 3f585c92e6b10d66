import { MONTH_NAMES, formatDate, formatDecimal, formatInteger } from '../format/french';

/**
 * The roadmap's periods: a start or end is an ISO month (2026-09) or an ISO date (2026-09-15). A month starts on
 * its first day and ends on its last.
 */

const isMonth = (value: string) => /^\d{4}-\d{2}$/.test(value);

/** The first day a start or end covers (ISO date). */
export function firstDayOf(value: string): string {
  return isMonth(value) ? `${value}-01` : value;
}

/** The last day a start or end covers (ISO date). */
export function lastDayOf(value: string): string {
  if (!isMonth(value)) return value;
  const [year, month] = value.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value}-${String(days).padStart(2, '0')}`;
}

/** « septembre 2026 » for a month, « 15 septembre 2026 » for a date, '' for none. */
export function formatMonthOrDate(value: string | null): string {
  if (!value) return '';
  if (isMonth(value)) {
    const [year, month] = value.split('-');
    return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
  }
  return formatDate(value);
}

/** « 12 500 € ». */
export function formatEuros(amount: number): string {
  return `${formatInteger(amount)}\u00a0€`;
}

/** « 250 personnes », « 12,5 % », « 40 ». */
export function formatQuantity(value: number, unit: string | null): string {
  const number = Number.isInteger(value) ? formatInteger(value) : formatDecimal(value);
  return unit ? `${number}\u00a0${unit}` : number;
}
