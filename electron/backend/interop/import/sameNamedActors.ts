import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatDate, quoted } from '../../../../shared/format/french';
import { sameNameKey } from '../../duplicates/sameNameKey';

/**
 * What a row to create may already be in the directory as, without the file's id or SIRET to tell it: an
 * actor or a place of the same name in the same commune (another producer's file for the same places), or a
 * place of the same file's id that the user put in the Corbeille. The row is still created (a name is no proof);
 * the report says so on its line, so that the user can look at the pair in « Doublons probables » or restore
 * the place, instead of finding twice as many places in the directory and the diagnostic.
 */

export interface KnownElsewhere {
  /** « nom normalisé|code commune » → the name as stored. */
  byNameAndCommune: Map<string, string>;
  /** The file's source and id (`idKey`) → the day the place's actor went to the Corbeille. */
  trashedById: Map<string, string>;
}

/** As « Doublons probables » compares names (`sameNameKey`), in one commune. */
const nameKey = (name: string, communeCode: string) => `${sameNameKey(name)}|${communeCode}`;

export async function knownElsewhere(
  db: Kysely<DB>,
  idKey: (source: string, externalId: string) => string,
): Promise<KnownElsewhere> {
  const byNameAndCommune = new Map<string, string>();
  const actors = await db
    .selectFrom('actor')
    .select(['name', 'communeCode'])
    .where('deletedAt', 'is', null)
    .where('communeCode', 'is not', null)
    .execute();
  for (const actor of actors) byNameAndCommune.set(nameKey(actor.name, actor.communeCode!), actor.name);
  const places = await db
    .selectFrom('place')
    .innerJoin('actor', 'actor.id', 'place.actorId')
    .select(['place.name', 'place.communeCode'])
    .where('actor.deletedAt', 'is', null)
    .where('place.communeCode', 'is not', null)
    .execute();
  for (const place of places) byNameAndCommune.set(nameKey(place.name, place.communeCode!), place.name);
  const trashed = await db
    .selectFrom('place')
    .innerJoin('actor', 'actor.id', 'place.actorId')
    .select(['place.source', 'place.externalId', 'actor.deletedAt'])
    .where('place.externalId', 'is not', null)
    .where('actor.deletedAt', 'is not', null)
    .execute();
  const trashedById = new Map(
    trashed.map((place) => [
      idKey(place.source ?? '', place.externalId ?? ''),
      place.deletedAt!.slice(0, 10),
    ]),
  );
  return { byNameAndCommune, trashedById };
}

/** The report's word on a row to create that the directory may already hold, or null. */
export function alreadyThere(
  known: KnownElsewhere,
  row: { name: string; communeCode: string; communeName: string; key: string },
): { kind: 'sameName' | 'trashed'; reason: string } | null {
  const trashedOn = known.trashedById.get(row.key);
  if (trashedOn !== undefined)
    return {
      kind: 'trashed',
      reason: `Ce lieu, avec le même identifiant dans ce fichier, a été mis à la Corbeille le ${formatDate(trashedOn)}\u00a0: l’import le crée de nouveau. Pour le reprendre avec son historique, restaurez-le plutôt depuis la Corbeille.`,
    };
  if (known.byNameAndCommune.size === 0) return null;
  const stored = known.byNameAndCommune.get(nameKey(row.name, row.communeCode));
  if (stored === undefined) return null;
  return {
    kind: 'sameName',
    reason: `${quoted(stored)} est déjà dans l’annuaire à ${row.communeName}, sans l’identifiant ni le SIRET de cette ligne\u00a0: l’import crée une autre fiche. Vérifiez la paire dans «\u00a0Doublons probables\u00a0» après l’import.`,
  };
}
