/** The commune picker of an actor's address (`CommuneSearchField.tsx`): what it says and how keys move. Pure. */
import { communeChoiceLabel } from '../../../../shared/territory/communeLabel';
import type { CommuneChoiceDto } from '../../../../shared/territory/dto';
import { normalizeForSearch } from '../../../../shared/text/normalize';
import { formatInteger } from '../../../../shared/format/french';

export const COMMUNE_SEARCH_DELAY_MS = 200;

/** The option the arrow keys lead to: the list wraps, the first comes when none was active yet. */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (active < 0) return key === 'ArrowDown' ? 0 : count - 1;
  return key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count;
}

/** What the screen reader hears once the list has come. */
export function communeResultsSummary(count: number, query: string): string {
  if (count === 0)
    return query.trim() === ''
      ? 'Tapez le nom de la commune ou son code postal.'
      : `Aucune commune de France ne correspond à «\u00a0${query.trim()}\u00a0».`;
  const what = count === 1 ? '1\u00a0commune proposée' : `${formatInteger(count)}\u00a0communes proposées`;
  return `${what}. Flèches haut et bas pour parcourir, Entrée pour choisir.`;
}

/**
 * The commune a text left in the field stands for when the user leaves it without picking: the one
 * proposed whose name (or label, or postcode when it is the only one proposed) is exactly what was typed.
 */
export function exactChoice(query: string, choices: readonly CommuneChoiceDto[]): CommuneChoiceDto | null {
  const key = normalizeForSearch(query).replace(/-/g, ' ');
  if (key === '') return null;
  const same = (text: string) => normalizeForSearch(text).replace(/-/g, ' ') === key;
  const named = choices.filter((choice) => same(choice.name) || same(communeChoiceLabel(choice)));
  // Homonyms (« Civray » in the Vienne and in the Cher): only the territory's own stands out.
  if (named.length === 1 || (named[0]?.inTerritory && !named[1]!.inTerritory)) return named[0]!;
  if (named.length > 1) return null;
  if (choices.length === 1 && choices[0]!.postcodes.includes(query.trim())) return choices[0]!;
  return null;
}
