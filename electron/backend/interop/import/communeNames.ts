import { communeKey } from './communeKey';
import { currentCodeOfEntry, referenceCommunes, type ReferenceCommuneType } from './communeReference';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

/**
 * Every commune name of the national reference, by comparison key: today's communes, communes déléguées
 * and associées (« Mansle », now part of Mansle-les-Fontaines), arrondissements, each with today's commune
 * it belongs to, its département and, for today's communes, its postcodes. Names are kept as shown, with the
 * typographic apostrophe; their keys read both apostrophes alike.
 */

export interface NamedCommune {
  code: string;
  name: string;
  type: ReferenceCommuneType;
  departement: string;
  /** Today's commune the name belongs to. */
  currentCode: string;
  currentName: string;
  /** Postcodes of today's commune. */
  postcodes: readonly string[];
}

let byKey: Map<string, NamedCommune[]> | null = null;
let byPostcode: Map<string, string[]> | null = null;
/** Each name's key and entry, by département: what a name read with a damaged character is tried on. */
let byDepartement: Map<string, [string, NamedCommune][]> | null = null;

function build(): void {
  const communes = referenceCommunes();
  const current = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  byKey = new Map();
  byPostcode = new Map();
  byDepartement = new Map();
  for (const entry of communes) {
    const currentCode = currentCodeOfEntry(entry);
    const today = currentCode ? current.get(currentCode) : undefined;
    if (!currentCode || !today) continue;
    const named: NamedCommune = {
      code: entry.code,
      name: withTypographicApostrophes(entry.nom),
      type: entry.type,
      departement: entry.departement ?? today.departement ?? '',
      currentCode,
      currentName: withTypographicApostrophes(today.nom),
      postcodes: today.codesPostaux ?? [],
    };
    const key = communeKey(entry.nom);
    byKey.set(key, [...(byKey.get(key) ?? []), named]);
    const inDepartement = byDepartement.get(named.departement) ?? [];
    if (inDepartement.push([key, named]) === 1) byDepartement.set(named.departement, inDepartement);
    if (entry.type === 'commune-actuelle')
      for (const postcode of entry.codesPostaux ?? [])
        byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), entry.code]);
  }
}

/** Every commune, delegated commune or arrondissement of that name in France (compared by `communeKey`). */
export function communesNamed(name: string): readonly NamedCommune[] {
  if (!byKey) build();
  return byKey!.get(communeKey(name)) ?? [];
}

/** Today's communes that use a postcode (an empty list for CEDEX codes and unknown ones). */
export function communesOfPostcode(postcode: string): readonly string[] {
  if (!byPostcode) build();
  return byPostcode!.get(postcode) ?? [];
}

/**
 * Every commune, delegated commune or arrondissement whose name's key (`communeKey`) passes `test`, within
 * these départements (all of France when none is given).
 */
export function communesWhoseKey(
  test: (key: string) => boolean,
  departements: readonly string[],
): NamedCommune[] {
  if (!byDepartement) build();
  const lists = departements.length
    ? departements.map((code) => byDepartement!.get(code) ?? [])
    : [...byDepartement!.values()];
  return lists.flatMap((list) => list.filter(([key]) => test(key)).map(([, entry]) => entry));
}
