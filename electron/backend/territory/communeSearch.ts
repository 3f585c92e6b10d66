import { departementOfCommuneCode } from '../../../shared/territory/communeLabel';
import type { CommuneChoiceDto } from '../../../shared/territory/dto';
import { compareFrench, matchLevel, searchKey, type ReferenceCommune } from './referenceData';

/**
 * The commune search of an actor's address: any commune of France, by name, INSEE code or postcode. The
 * territory's communes come first (most addresses are there), then the others, each group by quality of
 * match (exact, then a word beginning with what was typed, then contained), then by population (the Laon
 * of the Aisne before a hamlet of the same name), then by name.
 */

export const COMMUNE_SEARCH_LIMIT = 30;

/** Digits only (« 02000 », « 024 ») or a Corsican code (« 2A004 »): a search by code or postcode. */
const CODE_LIKE = /^(\d{2,5}|2[ab]\d{0,3})$/;

/** 0 exact code or postcode, 1 a code or postcode starting with it; null if neither. */
function codeLevel(commune: ReferenceCommune, digits: string): 0 | 1 | null {
  const code = commune.code.toLowerCase();
  if (code === digits || commune.postcodes.includes(digits)) return 0;
  if (code.startsWith(digits) || commune.postcodes.some((postcode) => postcode.startsWith(digits))) return 1;
  return null;
}

/** The communes matching `query`, best first, at most `limit`; an empty query matches none. */
export function rankCommunes(
  communes: readonly ReferenceCommune[],
  query: string,
  inTerritory: (code: string) => boolean,
  limit = COMMUNE_SEARCH_LIMIT,
): CommuneChoiceDto[] {
  const key = searchKey(query);
  if (key === '') return [];
  const compact = key.replace(/\s/g, '');
  const byCode = CODE_LIKE.test(compact);
  const words = key.split(' ');

  const hits: { commune: ReferenceCommune; inside: boolean; level: number }[] = [];
  for (const commune of communes) {
    const level = byCode ? codeLevel(commune, compact) : matchLevel(commune.key, key, words);
    if (level !== null) hits.push({ commune, inside: inTerritory(commune.code), level });
  }
  return hits
    .sort(
      (a, b) =>
        Number(b.inside) - Number(a.inside) ||
        a.level - b.level ||
        b.commune.population - a.commune.population ||
        compareFrench(a.commune.name, b.commune.name),
    )
    .slice(0, limit)
    .map(({ commune, inside }) => ({
      code: commune.code,
      name: commune.name,
      departement: commune.departement,
      postcodes: [...commune.postcodes],
      inTerritory: inside,
    }));
}

/**
 * The commune search as the actor form calls it: `territoryCommunes` are the territory's (from the
 * database). An empty query proposes them all, by name; a territory commune the reference no longer knows
 * (a merger since) is still found.
 */
export function searchCommunes(
  query: string,
  reference: readonly ReferenceCommune[],
  territoryCommunes: readonly { code: string; name: string; postcodes: string[] }[],
): CommuneChoiceDto[] {
  const inside = new Set(territoryCommunes.map((commune) => commune.code));
  const known = new Set(reference.map((commune) => commune.code));
  const stray = territoryCommunes
    .filter((commune) => !known.has(commune.code))
    .map((commune): ReferenceCommune => ({
      ...commune,
      key: searchKey(commune.name),
      population: 0,
      departement: departementOfCommuneCode(commune.code),
    }));
  const candidates = stray.length > 0 ? [...reference, ...stray] : reference;
  if (searchKey(query) === '')
    return candidates
      .filter((commune) => inside.has(commune.code))
      .sort((a, b) => compareFrench(a.name, b.name))
      .map((commune) => ({
        code: commune.code,
        name: commune.name,
        departement: commune.departement,
        postcodes: [...commune.postcodes],
        inTerritory: true,
      }));
  return rankCommunes(candidates, query, (code) => inside.has(code));
}
