import type { ActorValues } from '../../../shared/actors/schemas';
import { normalizeForSearch } from '../../../shared/text/normalize';
import type { TerritoryCommune } from './territoryRules';

/**
 * The two derived columns of `actor`, rewritten on every write:
 * - `name_key`, the accent- and case-free name, for sorting;
 * - `search_text`, the accent- and case-free words the directory search matches (`LIKE '%word%'`).
 */

export const nameKeyOf = (name: string): string => normalizeForSearch(name);

/** Name, SIRET, commune and postcode, contacts' names, places' names and communes. */
export function searchTextOf(
  values: ActorValues,
  postcode: string | null,
  communes: Map<string, TerritoryCommune>,
): string {
  const communeName = (code: string | null) => (code ? (communes.get(code)?.name ?? null) : null);
  const parts = [
    values.name,
    values.siret,
    communeName(values.communeCode),
    postcode,
    ...values.contacts.map((contact) => contact.name),
    ...values.places.flatMap((place) => [place.name, communeName(place.communeCode)]),
  ];
  const words = parts.filter((part): part is string => !!part).map(normalizeForSearch);
  return [...new Set(words)].join(' ');
}

/** `%` and `_` are wildcards for LIKE: a search for « 100% » must find the text « 100% ». */
export const escapeLike = (word: string): string => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words of a search, in the form `search_text` stores. */
export const searchWords = (search: string): string[] =>
  normalizeForSearch(search).split(' ').filter(Boolean);
