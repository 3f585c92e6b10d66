import type Database from 'better-sqlite3';
import { geoCentroid } from 'd3-geo';
import type { Polygon } from './geojson';

/** One place as the map draws it. */
export interface MapPoint {
  actorId: number;
  actorName: string;
  placeName: string;
  communeCode: string | null;
  /** [longitude, latitude], or null when the place cannot be drawn. */
  position: [number, number] | null;
  /** Drawn at its commune's centre for want of coordinates. */
  approximate: boolean;
  roles: string[];
  typologies: string[];
}

interface PlaceRow {
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

const hasCoordinates = (lat: number | null, lng: number | null): boolean =>
  lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng);

/** The centre of each commune's contour (d3's spherical centroid, on the union of its polygons). */
export function communeCentroids(contours: ReadonlyMap<string, Polygon[]>): Map<string, [number, number]> {
  return new Map(
    [...contours].map(([code, polygons]) => [
      code,
      geoCentroid({ type: 'MultiPolygon', coordinates: polygons }),
    ]),
  );
}

/**
 * Where a place goes: its own coordinates, else its actor's, else the centre of its commune (or its
 * actor's commune) — then marked approximate — else nowhere.
 */
export function positionOf(
  row: Pick<PlaceRow, 'placeCommune' | 'actorCommune' | 'placeLat' | 'placeLng' | 'actorLat' | 'actorLng'>,
  centroids: ReadonlyMap<string, [number, number]>,
): Pick<MapPoint, 'position' | 'approximate'> {
  if (hasCoordinates(row.placeLat, row.placeLng))
    return { position: [row.placeLng ?? 0, row.placeLat ?? 0], approximate: false };
  if (hasCoordinates(row.actorLat, row.actorLng))
    return { position: [row.actorLng ?? 0, row.actorLat ?? 0], approximate: false };
  const commune = row.placeCommune ?? row.actorCommune;
  const centroid = commune ? centroids.get(commune) : undefined;
  return centroid ? { position: centroid, approximate: true } : { position: null, approximate: false };
}

/** The places of these actors, with their tags, placed on the map. */
export function mapPoints(
  sqlite: Database.Database,
  actorIds: readonly number[],
  centroids: ReadonlyMap<string, [number, number]>,
): MapPoint[] {
  const ids = JSON.stringify(actorIds);
  const rows = sqlite
    .prepare(
      `SELECT a.id AS actorId, a.name AS actorName, p.name AS placeName,
         p.commune_code AS placeCommune, a.commune_code AS actorCommune,
         p.latitude AS placeLat, p.longitude AS placeLng, a.latitude AS actorLat, a.longitude AS actorLng
       FROM place p JOIN actor a ON a.id = p.actor_id
       WHERE a.id IN (SELECT value FROM json_each(?))
       ORDER BY a.name_key, p.position`,
    )
    .all(ids) as PlaceRow[];
  const tags = sqlite
    .prepare(
      `SELECT actor_id AS actorId, kind, value FROM actor_tag
       WHERE actor_id IN (SELECT value FROM json_each(?)) AND kind IN ('role', 'typology')`,
    )
    .all(ids) as { actorId: number; kind: 'role' | 'typology'; value: string }[];
  const byActor = new Map<string, string[]>();
  for (const tag of tags) {
    const key = `${tag.actorId}/${tag.kind}`;
    byActor.set(key, [...(byActor.get(key) ?? []), tag.value]);
  }
  const tagsOf = (actorId: number, kind: 'role' | 'typology') => byActor.get(`${actorId}/${kind}`) ?? [];
  return rows.map((row) => ({
    actorId: row.actorId,
    actorName: row.actorName,
    placeName: row.placeName,
    communeCode: row.placeCommune ?? row.actorCommune,
    ...positionOf(row, centroids),
    roles: tagsOf(row.actorId, 'role'),
    typologies: tagsOf(row.actorId, 'typology'),
  }));
}
