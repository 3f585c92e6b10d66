import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { getTerritory } from '../../territory/repository';

/**
 * Rows of Maillage's own export, recognised when it comes back into the database that wrote it. The
 * export writes as `source` the territory's display name for places created in Maillage, and an imported
 * place's own source; as `id`, the id the place came with from its file (when unique: then the usual source
 * and id key finds it) or `maillage-lieu-<place>` / `maillage-acteur-<actor>`, matched here instead of
 * creating every place a second time. A `maillage-lieu-<place>` row is that place's only when its source is
 * the territory's or the place's own: another territory's export does not reach our place of the same number.
 * Exports written before places kept their source (all under the territory's name) are recognised too.
 */

export interface OwnExportMatch {
  actorId: number;
  /** Null for a row written for an actor without places. */
  placeId: number | null;
}

export type OwnExportMatcher = (source: string, externalId: string) => OwnExportMatch | undefined;

const straightApostrophes = (text: string) => text.replaceAll('’', "'");

export async function ownExportMatcher(db: Kysely<DB>): Promise<OwnExportMatcher> {
  const territory = await getTerritory(db);
  if (!territory) return () => undefined;
  const places = await db
    .selectFrom('place')
    .innerJoin('actor', 'actor.id', 'place.actorId')
    .select(['place.id as placeId', 'place.actorId', 'place.source', 'place.externalId'])
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

  // The display name as an export may have written it, with either apostrophe: files exported before the
  // name took the typographic one (migration 024) still say « Pays d'… ».
  const ownName = straightApostrophes(territory.displayName);
  return (source, externalId) => {
    const ours = straightApostrophes(source.trim()) === ownName;
    const placeNumber = /^maillage-lieu-(\d+)$/.exec(externalId)?.[1];
    if (placeNumber) {
      const place = byPlaceId.get(Number(placeNumber));
      const sameSource = place !== undefined && (ours || (place.source ?? '') === source.trim());
      return sameSource ? { actorId: place.actorId, placeId: place.placeId } : undefined;
    }
    if (!ours) return undefined;
    const actorNumber = /^maillage-acteur-(\d+)$/.exec(externalId)?.[1];
    if (actorNumber)
      return actors.has(Number(actorNumber)) ? { actorId: Number(actorNumber), placeId: null } : undefined;
    const same = byExternalId.get(externalId) ?? [];
    return same.length === 1 ? { actorId: same[0]!.actorId, placeId: same[0]!.placeId } : undefined;
  };
}
