import { formatDate } from '../../../../shared/format/french';

/**
 * The bilan's year in words: « Année 2025 » for a past year, « Année 2026, au 5 décembre 2026 » for the year
 * running; and its file name's start, « Bilan de la coordination 2025 » / « … 2026 au 5 décembre 2026 ».
 */

export function bilanSubtitle(year: number, runningUntil: string | null): string {
  return runningUntil ? `Année ${year}, au ${formatDate(runningUntil)}` : `Année ${year}`;
}

export function bilanName(year: number, runningUntil: string | null): string {
  return runningUntil
    ? `Bilan de la coordination ${year} au ${formatDate(runningUntil)}`
    : `Bilan de la coordination ${year}`;
}
