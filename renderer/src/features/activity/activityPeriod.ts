/**
 * The « Activité » screen's period: everything imported, a calendar year, or dates typed by the user. Plain
 * functions, tested without a window.
 */

export interface ActivityPeriod {
  from: string;
  to: string;
}

/** The years the imported figures cover, latest first (« 2026 », « 2025 »). */
export function yearsBetween(firstDay: string | null, lastDay: string | null): number[] {
  if (!firstDay || !lastDay) return [];
  const years: number[] = [];
  for (let year = Number(lastDay.slice(0, 4)); year >= Number(firstDay.slice(0, 4)); year -= 1)
    years.push(year);
  return years;
}

export const yearPeriod = (year: number): ActivityPeriod => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The period the import proposes: the file's first and last days, widened to whole months. */
export function proposedPeriod(firstDay: string | null, lastDay: string | null): ActivityPeriod | null {
  if (!firstDay || !lastDay) return null;
  const [year, month] = lastDay.split('-').map(Number) as [number, number];
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    from: `${firstDay.slice(0, 7)}-01`,
    to: `${lastDay.slice(0, 7)}-${String(lastOfMonth).padStart(2, '0')}`,
  };
}

/** The overview's input: no bound for an empty date. */
export function overviewQuery(period: ActivityPeriod): { from?: string; to?: string } {
  return { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
}
