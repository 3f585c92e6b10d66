import { resolveCommuneCode } from './communeIndex';

/**
 * Is a row on the territory? By its INSEE code (old codes and arrondissements resolved to today's
 * commune), else by its postcode and commune name, compared accent- and case-free.
 */

export interface TerritoryCommuneRef {
  code: string;
  name: string;
  postcodes: string[];
}

export type TerritoryMatch =
  | { kind: 'inside'; code: string; note: string | null }
  | { kind: 'outside'; reason: string }
  | { kind: 'unknown'; reason: string };

export function communeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(cedex|arrondissement)\b.*$/, '')
    .replace(/^(st|ste)\b/, (word) => (word === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(st)\b/g, 'saint')
    .replace(/\b(ste)\b/g, 'sainte')
    .trim();
}

/** `4070` → `04070`: spreadsheets drop the leading zero of the Alpes departments' codes. */
export function padCode(value: string): string {
  const trimmed = value.trim().toUpperCase();
  return /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** The territory's communes by code, built once per list (a plan matches every row against one list). */
const indexes = new WeakMap<TerritoryCommuneRef[], Map<string, TerritoryCommuneRef>>();
function byCodeOf(communes: TerritoryCommuneRef[]): Map<string, TerritoryCommuneRef> {
  let index = indexes.get(communes);
  if (!index) {
    index = new Map(communes.map((commune) => [commune.code, commune]));
    indexes.set(communes, index);
  }
  return index;
}

export function matchTerritory(
  row: { inseeCode: string; postcode: string; communeName: string },
  communes: TerritoryCommuneRef[],
): TerritoryMatch {
  const byCode = byCodeOf(communes);
  const insee = padCode(row.inseeCode);
  if (insee) {
    const resolved = resolveCommuneCode(insee);
    if (resolved) {
      const commune = byCode.get(resolved.code);
      if (!commune) return { kind: 'outside', reason: `Code INSEE ${insee} hors du territoire.` };
      const note =
        resolved.code === insee
          ? null
          : `Le code INSEE ${insee}${resolved.formerName ? ` (${resolved.formerName})` : ''} est rattaché à ${commune.name} (${commune.code}).`;
      return { kind: 'inside', code: commune.code, note };
    }
  }
  const postcode = padCode(row.postcode);
  const name = communeKey(row.communeName);
  if (!postcode && !name)
    return {
      kind: 'unknown',
      reason: insee
        ? `Code INSEE ${insee} inconnu, ni code postal ni commune : impossible de situer le lieu.`
        : 'Ni code INSEE, ni code postal, ni commune : impossible de situer le lieu.',
    };
  const named = name ? communes.filter((commune) => communeKey(commune.name) === name) : [];
  const withPostcode = postcode ? communes.filter((commune) => commune.postcodes.includes(postcode)) : [];
  const both = named.filter((commune) => !postcode || commune.postcodes.includes(postcode));
  const found =
    both.length === 1
      ? both[0]
      : named.length === 1 && !postcode
        ? named[0]
        : withPostcode.length === 1 && !name
          ? withPostcode[0]
          : undefined;
  if (found) return { kind: 'inside', code: found.code, note: null };
  const where = [postcode, row.communeName.trim()].filter(Boolean).join(' ');
  return { kind: 'outside', reason: `Commune «\u00a0${where}\u00a0» hors du territoire.` };
}
