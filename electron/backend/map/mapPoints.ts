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
  /** Drawn at its commune's centre for want of coordinates (or of plausible ones). */
  approximate: boolean;
  /** Its stored coordinates do not fit its commune: not drawn there, but at the commune's centre if known. */
  misplaced: boolean;
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

/** Whether stored coordinates fit the commune they are recorded in (`coordinatesFit`, with the map's contours). */
export type CoordinatesFit = (latitude: number, longitude: number, communeCode: string) => boolean;

/**
 * Where a place goes: its own coordinates, else its actor's, else the centre of its commune (or its
 * actor's commune) — then marked approximate — else nowhere. Coordinates that do not fit the commune (a
 * point 400 km away, latitude and longitude swapped) are never drawn: the place goes to its commune's centre,
 * marked approximate and misplaced, so that it is neither drawn nor counted where it is not.
 */
export function positionOf(
  row: Pick<MapPlaceRow, 'placeCommune' | 'actorCommune' | 'placeLat' | 'placeLng' | 'actorLat' | 'actorLng'>,
  centroids: ReadonlyMap<string, [number, number]>,
  fits: CoordinatesFit = () => true,
): Pick<MapPoint, 'position' | 'approximate' | 'misplaced'> {
  const commune = row.placeCommune ?? row.actorCommune;
  const own: [number, number] | null = hasCoordinates(row.placeLat, row.placeLng)
    ? [row.placeLng!, row.placeLat!]
    : hasCoordinates(row.actorLat, row.actorLng)
      ? [row.actorLng!, row.actorLat!]
      : null;
  const misplaced = own !== null && commune !== null && !fits(own[1], own[0], commune);
  if (own && !misplaced) return { position: own, approximate: false, misplaced: false };
  const centroid = commune ? centroids.get(commune) : undefined;
  return centroid
    ? { position: centroid, approximate: true, misplaced }
    : { position: null, approximate: false, misplaced };
}

/** The places of these actors, with their tags, placed on the map. */
export function mapPoints(
  store: Pick<DataStore, 'sqlite'>,
  actorIds: readonly number[],
  centroids: ReadonlyMap<string, [number, number]>,
  fits?: CoordinatesFit,
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
    ...positionOf(row, centroids, fits),
    roles: tagsOf(row.actorId, 'role'),
    typologies: tagsOf(row.actorId, 'typology'),
  }));
}
