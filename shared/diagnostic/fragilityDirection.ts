import type { FragilityDirection } from './indicatorSchemas';

/**
 * The direction an indicator probably reads, from its name, to preselect in the import: a coverage, a
 * speed, an income or an equipment rate reads « plus bas = plus fragile »; anything else, and any name that
 * says « non », « sans » or « absence » (« Non-couverture Très Haut Débit »), « plus élevé = plus fragile ».
 * Only a suggestion: the user sees it and can change it before importing.
 */

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-–]/g, ' ');

const NEGATED = /\b(non|no|sans|absence|hors|pas|peu|zone blanche|inaccessib)/;
// INSEE's Filosofi codes name the median standard of living « MED21 », « MED19 »…
const MORE_IS_BETTER =
  /\b(couverture|couvert|coverage|debit|fibre|ftth|thd|4g|5g|revenu|median|med\d{2}\b|niveau de vie|equipement|equipe|acces|raccord|diplome du superieur|bac\+|internet)/;

export function suggestedDirection(name: string): FragilityDirection {
  const text = plain(name);
  if (NEGATED.test(text)) return 'higherIsMoreFragile';
  return MORE_IS_BETTER.test(text) ? 'lowerIsMoreFragile' : 'higherIsMoreFragile';
}

/**
 * A value on 1…10 where 10 is the most fragile: a score kept as it reads (or turned round, 11 − v, when a
 * lower score is the more fragile); any other value rescaled min–max over the territory's communes, the
 * most fragile end reading 10, every commune at 5.5 when all are equal.
 */
export function fragilityScale(
  values: readonly number[],
  isScore: boolean,
  direction: FragilityDirection,
): (value: number) => number {
  const lowerIsWorse = direction === 'lowerIsMoreFragile';
  if (isScore) return lowerIsWorse ? (value) => 11 - value : (value) => value;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(max > min)) return () => 5.5;
  return lowerIsWorse
    ? (value) => 1 + (9 * (max - value)) / (max - min)
    : (value) => 1 + (9 * (value - min)) / (max - min);
}
