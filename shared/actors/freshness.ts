/**
 * How recently an actor's record was checked. The national tools flag places not updated for 12–18 months:
 * past 12 months the record is « à vérifier », past 18 months « ancienne ». Each class is one range that does
 * not overlap the others, and its label says which: « à vérifier » is 12 to 18 months, never « plus de 12
 * mois », which would take in the old records counted apart.
 */
export const FRESHNESS = {
  recent: 'Vérifiée depuis moins de 12 mois',
  over12: 'À vérifier (12 à 18 mois)',
  over18: 'Ancienne (plus de 18 mois)',
  never: 'Jamais vérifiée',
} as const;
export type Freshness = keyof typeof FRESHNESS;
export const FRESHNESS_CODES = Object.keys(FRESHNESS) as Freshness[];

/** The same classes counted, « 12 fiches anciennes (plus de 18 mois) »: singular and plural after a number. */
export const FRESHNESS_COUNTED: Record<Freshness, { one: string; many: string }> = {
  recent: { one: 'fiche vérifiée depuis moins de 12 mois', many: 'fiches vérifiées depuis moins de 12 mois' },
  over12: { one: 'fiche à vérifier (12 à 18 mois)', many: 'fiches à vérifier (12 à 18 mois)' },
  over18: { one: 'fiche ancienne (plus de 18 mois)', many: 'fiches anciennes (plus de 18 mois)' },
  never: { one: 'fiche jamais vérifiée', many: 'fiches jamais vérifiées' },
};

/** Adds whole months to an ISO date (YYYY-MM-DD), clamping the day (31 March − 1 month = 28/29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO dates before which a check counts as over 12 and over 18 months old, seen from `today`. */
export function freshnessThresholds(today: string): { over12Before: string; over18Before: string } {
  return { over12Before: addMonths(today, -12), over18Before: addMonths(today, -18) };
}

export function freshnessOf(lastVerifiedOn: string | null, today: string): Freshness {
  if (!lastVerifiedOn) return 'never';
  const { over12Before, over18Before } = freshnessThresholds(today);
  if (lastVerifiedOn < over18Before) return 'over18';
  if (lastVerifiedOn < over12Before) return 'over12';
  return 'recent';
}
