import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ActorValues } from '../../../shared/actors/schemas';
import { AppFailure } from '../../../shared/result';
import { currentCommuneOf } from '../territory/referenceData';

/** A commune of the territory, as the directory needs it: its name (search, lists) and its postcodes. */
export interface TerritoryCommune {
  code: string;
  name: string;
  postcodes: string[];
}

export const noTerritory = () =>
  new AppFailure(
    'no_territory',
    'Choisissez d’abord votre intercommunalité (écran d’accueil)\u00a0: l’annuaire recense les acteurs de son territoire.',
  );

const OUTSIDE =
  'Cette commune ne fait pas partie du territoire\u00a0: choisissez une des communes de l’intercommunalité.';

const UNKNOWN_COMMUNE =
  'Aucune commune de France ne porte ce code INSEE\u00a0: choisissez la commune dans la liste proposée.';

function parsePostcodes(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

/** Every commune code an actor's record mentions, with the form path of the field that holds it. */
function communeCodesOf(values: ActorValues): { path: string; code: string }[] {
  const found: { path: string; code: string }[] = [];
  if (values.communeCode) found.push({ path: 'communeCode', code: values.communeCode });
  values.places.forEach((place, p) => {
    if (place.communeCode) found.push({ path: `places.${p}.communeCode`, code: place.communeCode });
    place.permanences.forEach((permanence, k) =>
      found.push({ path: `places.${p}.permanences.${k}.communeCode`, code: permanence.communeCode }),
    );
  });
  return found;
}

/**
 * Checks that a territory is chosen and where each commune of the record may be; answers those communes by
 * code. The actor's own postal address may be in any commune of France (a CAF, a Département, a Mission
 * locale is often seated outside the EPCI): its code must be a current commune of the national reference.
 * Places and permanences are the territory's offer, which the diagnostic and the map count per commune of
 * the territory: they must be in one of its communes. Refuses with one French message and a message per
 * field path otherwise.
 */
export async function checkTerritory(
  db: Kysely<DB>,
  values: ActorValues,
): Promise<Map<string, TerritoryCommune>> {
  const territory = await db.selectFrom('territory').select('id').executeTakeFirst();
  if (!territory) throw noTerritory();

  const codes = [...new Set(communeCodesOf(values).map((m) => m.code))];
  const rows =
    codes.length === 0
      ? []
      : await db
          .selectFrom('territoryCommune')
          .select(['code', 'name', 'postcodes'])
          .where('code', 'in', codes)
          .execute();
  const communes = new Map(
    rows.map((row) => [
      row.code,
      { code: row.code, name: row.name, postcodes: parsePostcodes(row.postcodes) },
    ]),
  );
  const own = values.communeCode;
  const outside = own && !communes.has(own) ? currentCommuneOf(own) : null;
  if (own && !communes.has(own) && !outside) {
    throw new AppFailure('invalid_input', `Aucune commune de France ne porte le code INSEE ${own}.`, {
      communeCode: UNKNOWN_COMMUNE,
    });
  }
  // The actor's own commune is checked above; places and permanences must be the territory's.
  checkCommunes({ ...values, communeCode: null }, communes);
  if (outside) {
    communes.set(outside.code, { code: outside.code, name: outside.name, postcodes: [...outside.postcodes] });
  }
  return communes;
}

/** Every commune of the territory by code, once for many records (bulk writes); refuses without territory. */
export async function territoryCommunesByCode(db: Kysely<DB>): Promise<Map<string, TerritoryCommune>> {
  const territory = await db.selectFrom('territory').select('id').executeTakeFirst();
  if (!territory) throw noTerritory();
  const rows = await db.selectFrom('territoryCommune').select(['code', 'name', 'postcodes']).execute();
  return new Map(
    rows.map((row) => [
      row.code,
      { code: row.code, name: row.name, postcodes: parsePostcodes(row.postcodes) },
    ]),
  );
}

/**
 * Refuses a record that mentions a commune outside `communes`, the actor's own address included (bulk
 * writes: imported rows outside the territory are set aside before, as « hors du territoire »).
 */
export function checkCommunes(values: ActorValues, communes: Map<string, TerritoryCommune>): void {
  const mentioned = communeCodesOf(values);
  const fields: Record<string, string> = {};
  for (const { path, code } of mentioned) if (!communes.has(code)) fields[path] = OUTSIDE;
  const problems = Object.keys(fields).length;
  if (problems > 0) {
    const first = mentioned.find((m) => !communes.has(m.code))!;
    throw new AppFailure(
      'invalid_input',
      problems === 1
        ? `La commune de code ${first.code} ne fait pas partie du territoire.`
        : `${problems} communes ne font pas partie du territoire (dont le code ${first.code}).`,
      fields,
    );
  }
}

/** The postcode as typed, or the commune's only postcode when none was typed. */
export function postcodeFor(
  postcode: string | null,
  communeCode: string | null,
  communes: Map<string, TerritoryCommune>,
): string | null {
  if (postcode || !communeCode) return postcode;
  const known = communes.get(communeCode)?.postcodes ?? [];
  return known.length === 1 ? known[0]! : null;
}
