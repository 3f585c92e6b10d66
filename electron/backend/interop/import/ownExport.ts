import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { getTerritory } from '../../territory/repository';

/**
 * Rows of Maillage's own export, recognised when it comes back into the database that wrote it. The
 * export writes `source` as the territory's display name and, as `id`, the id the place came with from
 * its file (when unique) or `maillage-lieu-<place>` / `maillage-acteur-<actor>`: the place's own source
 * and id no longer match, so these rows are matched here instead of creating every place a second time.
 */

export interface OwnExportMatch {
  actorId: number;
  /** Null for a row written for an actor without places. */
  placeId: number | null;
}

export type OwnExportMatcher = (source: string, externalId: string) => OwnExportMatch | undefined;

export async function ownExportMatcher(db: Kysely<DB>): Promise<OwnExportMatcher> {
  const territory = await getTerritory(db);
  if (!territory) return () => undefined;
  const places = await db
    .selectFrom('place')
    .innerJoin('actor', 'actor.id', 'place.actorId')
    .select(['place.id as placeId', 'place.actorId', 'place.externalId'])
    .where('actor.deletedAt', 'is', null)
    .execute();
  const byPlaceId = new Map(places.map((place) => [place.placeId, place]));
  const byExternalId = new Map<string, (typeof places)[number][]>();
  for (const place of places)
    if (place.externalId)
      byExternalId.set(place.externalId, [...(byExternalId.get(place.externalId) ?? []), place]);
  const actors = new Set(
    (await db.selectFrom('actor').select('id').where('deletedAt', 'is', null).execute()).map((a) => a.id),
  );

  return (source, externalId) => {
    if (source.trim() !== territory.displayName) return undefined;
    const placeNumber = /^maillage-lieu-(\d+)$/.exec(externalId)?.[1];
    if (placeNumber) {
      const place = byPlaceId.get(Number(placeNumber));
      return place ? { actorId: place.actorId, placeId: place.placeId } : undefined;
    }
    const actorNumber = /^maillage-acteur-(\d+)$/.exec(externalId)?.[1];
    if (actorNumber)
      return actors.has(Number(actorNumber)) ? { actorId: Number(actorNumber), placeId: null } : undefined;
    const same = byExternalId.get(externalId) ?? [];
    return same.length === 1 ? { actorId: same[0]!.actorId, placeId: same[0]!.placeId } : undefined;
  };
}
