import type { ActivityCount } from './activityDto';

/**
 * Age bands in the order of age, as a reader expects them (« Mineur », « 18 - 24 ans » … « 70 ans et plus »),
 * whatever their counts and whichever labels La Coop used over time (« Mineur(e) », « Moins de 12 ans »); a band
 * without an age comes after those that have one, and the unknown ('') last.
 */
function ageOf(label: string): number {
  if (label === '') return Number.POSITIVE_INFINITY;
  if (/^mineur/i.test(label)) return 0;
  const first = /\d+/.exec(label);
  if (!first) return Number.MAX_SAFE_INTEGER;
  const age = Number(first[0]);
  return /^moins de/i.test(label) ? age - 0.5 : age;
}

export function byAgeBand(counts: ActivityCount[]): ActivityCount[] {
  return [...counts].sort((a, b) => ageOf(a.label) - ageOf(b.label) || a.label.localeCompare(b.label, 'fr'));
}
