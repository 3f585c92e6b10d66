import { geoCentroid } from 'd3-geo';
import type { DataStore } from '../db/dataStore';
import type { Polygon } from './geojson';
import { readMapPlaces, type MapPlaceRow } from './mapPlaceRepository';

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
  row: Pick<MapPlaceRow, 'placeCommune' | 'actorCommune' | 'placeLat' | 'placeLng' | 'actorLat' | 'actorLng'>,
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
  store: Pick<DataStore, 'sqlite'>,
  actorIds: readonly number[],
  centroids: ReadonlyMap<string, [number, number]>,
): MapPoint[] {
  const { places: rows, tags } = readMapPlaces(store, actorIds);
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
