import { formatDate } from '../format/french';
import type { NetworkLifeDto } from './networkLifeDto';

/**
 * The period of a network's figures in words: « en 2027 » for a calendar year, « du 1er janvier 2027 au 30 juin
 * 2027 », « depuis le … », « jusqu'au … »; for an unbounded period, the span of the meetings held
 * (« du 7 janvier 2027 au 2 décembre 2027 »), or null when there is none.
 */
export function networkPeriodPhrase(life: Pick<NetworkLifeDto, 'period' | 'span'>): string | null {
  const { from, to } = life.period;
  if (from !== null && to !== null) {
    const year = from.slice(0, 4);
    if (from === `${year}-01-01` && to === `${year}-12-31`) return `en ${year}`;
    return `du ${formatDate(from)} au ${formatDate(to)}`;
  }
  if (from !== null) return `depuis le ${formatDate(from)}`;
  if (to !== null) return `jusqu’au ${formatDate(to)}`;
  const { first, last } = life.span;
  if (first === null || last === null) return null;
  return first === last ? `le ${formatDate(first)}` : `du ${formatDate(first)} au ${formatDate(last)}`;
}
