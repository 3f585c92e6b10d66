import type { DataStore } from '../db/dataStore';
import type { ActorTagKind } from '../db/schema';
import { decodeTags } from '../actors/tags';

/**
 * The places of some actors as the map reads them: two set-based prepared statements over the list of ids
 * (`json_each`), whatever their number, instead of a query per actor.
 */

export interface MapPlaceRow {
  actorId: number;
  actorName: string;
  placeName: string;
  placeCommune: string | null;
  actorCommune: string | null;
  placeLat: number | null;
  placeLng: number | null;
  actorLat: number | null;
  actorLng: number | null;
}

export interface MapTagRow {
  actorId: number;
  kind: 'role' | 'typology';
  value: string;
}

export function readMapPlaces(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  actorIds: readonly number[],
): { places: MapPlaceRow[]; tags: MapTagRow[] } {
  const ids = JSON.stringify(actorIds);
  const places = sqlite
    .prepare(
      `SELECT a.id AS actorId, a.name AS actorName, p.name AS placeName,
         p.commune_code AS placeCommune, a.commune_code AS actorCommune,
         p.latitude AS placeLat, p.longitude AS placeLng, a.latitude AS actorLat, a.longitude AS actorLng
       FROM place p JOIN actor a ON a.id = p.actor_id
       WHERE a.id IN (SELECT value FROM json_each(?))
       ORDER BY a.name_key, p.position`,
    )
    .all(ids) as MapPlaceRow[];
  const tags: MapTagRow[] = [];
  const actors = sqlite
    .prepare(`SELECT id, tags FROM actor WHERE id IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(ids) as [number, string][];
  for (const [actorId, json] of actors) {
    const stored = decodeTags<ActorTagKind>(json);
    for (const kind of ['role', 'typology'] as const)
      for (const value of stored[kind] ?? []) tags.push({ actorId, kind, value });
  }
  return { places, tags };
}
