import type { ActorValues } from '../../../shared/actors/schemas';
import { normalizeForSearch } from '../../../shared/text/normalize';
import type { TerritoryCommune } from './territoryRules';

/**
 * The two derived columns of `actor`, rewritten on every write:
 * - `name_key`, the accent- and case-free name, for sorting;
 * - `search_text`, the accent- and case-free words the directory search matches (`LIKE '%word%'`).
 */

export const nameKeyOf = (name: string): string => normalizeForSearch(name);

/**
 * The communes' names in the form `search_text` stores, each normalized once: every actor and every place
 * names one of the territory's few communes (an import of 100,000 rows normalized them 200,000 times).
 */
const normalizedCommuneNames = new WeakMap<TerritoryCommune, string>();

function communeWords(commune: TerritoryCommune): string {
  let words = normalizedCommuneNames.get(commune);
  if (words === undefined) normalizedCommuneNames.set(commune, (words = normalizeForSearch(commune.name)));
  return words;
}

/**
 * Name, SIRET, commune and postcode, contacts' names, places' names and communes; `nameKey` is the name
 * already normalized (`nameKeyOf`).
 */
export function searchTextOf(
  values: ActorValues,
  nameKey: string,
  postcode: string | null,
  communes: Map<string, TerritoryCommune>,
): string {
  const communeName = (code: string | null) => {
    const commune = code ? communes.get(code) : undefined;
    return commune ? communeWords(commune) : null;
  };
  const text = (part: string | null) => (part ? normalizeForSearch(part) : null);
  const words = [
    nameKey,
    text(values.siret),
    communeName(values.communeCode),
    text(postcode),
    ...values.contacts.map((contact) => text(contact.name)),
    ...values.places.flatMap((place) => [
      place.name === values.name ? nameKey : text(place.name),
      communeName(place.communeCode),
    ]),
  ];
  return [...new Set(words.filter((word): word is string => !!word))].join(' ');
}

/** `%` and `_` are wildcards for LIKE: a search for « 100% » must find the text « 100% ». */
export const escapeLike = (word: string): string => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words of a search, in the form `search_text` stores. */
export const searchWords = (search: string): string[] =>
  normalizeForSearch(search).split(' ').filter(Boolean);
