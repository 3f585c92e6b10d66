import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Polygon } from '../../map/geojson';
import { referenceCommunes } from './communeReference';

/**
 * Are a row's coordinates in its commune? With the commune's contour (imported for the map): inside it, or
 * within 30 km of its centre (a tolerance for contours simplified or a few years old); without: in the part
 * of France the commune belongs to (mainland, or its overseas département). Latitude and longitude written
 * the wrong way round are put back when the swapped point fits, and said. Any other implausible point is
 * left out (the place is kept, without coordinates, so that it is never drawn or counted where it is not).
 */

export const MAX_DISTANCE_KM = 30;
const EARTH_RADIUS_KM = 6371;

type Box = [minLat: number, maxLat: number, minLon: number, maxLon: number];
const ZONES: Record<string, { label: string; box: Box }> = {
  metro: { label: 'la France métropolitaine', box: [41.3, 51.2, -5.3, 9.7] },
  '971': { label: 'la Guadeloupe', box: [15.8, 16.6, -61.9, -61.0] },
  '972': { label: 'la Martinique', box: [14.3, 14.9, -61.3, -60.8] },
  '973': { label: 'la Guyane', box: [2.1, 5.8, -54.7, -51.6] },
  '974': { label: 'La Réunion', box: [-21.4, -20.8, 55.2, 55.9] },
  '976': { label: 'Mayotte', box: [-13.1, -12.6, 44.9, 45.4] },
};

let zoneByCode: Map<string, string> | null = null;

function zones(): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const commune of referenceCommunes())
    if (commune.type === 'commune-actuelle')
      byCode.set(commune.code, commune.zone === 'metro' ? 'metro' : (commune.departement ?? ''));
  return byCode;
}

/** Reads each commune's part of France now (the import screen opening), not during the first report. */
export function prepareCoordinateZones(): void {
  zoneByCode ??= zones();
}

function zoneOf(code: string): string | null {
  zoneByCode ??= zones();
  const zone = zoneByCode.get(code);
  return zone && ZONES[zone] ? zone : null;
}

const inBox = (lat: number, lon: number, [minLat, maxLat, minLon, maxLon]: Box) =>
  lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;

export interface CoordinateCheck {
  latitude: number | null;
  longitude: number | null;
  /** In French, when the coordinates were swapped back or left out. */
  warning: string | null;
}

const shown = (lat: number, lon: number) =>
  `(${lat.toLocaleString('fr-FR')}\u00a0; ${lon.toLocaleString('fr-FR')})`;

/** Centres of the contours, computed once per stored geometry (the import checks every row against them). */
const centroidOf = new WeakMap<Polygon[], [number, number]>();

/** Kilometres from the commune's contour (0 inside), or null without a contour. */
function distanceKm(lat: number, lon: number, polygons: Polygon[] | undefined): number | null {
  if (!polygons || polygons.length === 0) return null;
  const shape = { type: 'MultiPolygon' as const, coordinates: polygons };
  let centre = centroidOf.get(polygons);
  if (!centre) centroidOf.set(polygons, (centre = geoCentroid(shape)));
  const fromCentre = geoDistance(centre, [lon, lat]) * EARTH_RADIUS_KM;
  // Near the centre: no need to test the outline (the costly part).
  if (fromCentre <= MAX_DISTANCE_KM) return fromCentre;
  return geoContains(shape, [lon, lat]) ? 0 : fromCentre;
}

/**
 * Does this point fit the commune (`code`)? Inside its contour or within 30 km of its centre when
 * `contours` holds it, else in the commune's part of France. The map asks it of every stored point, so that
 * coordinates that came in any way (a form, a database older than this check) are never drawn far away.
 */
export function coordinatesFit(
  latitude: number,
  longitude: number,
  code: string,
  contours: ReadonlyMap<string, Polygon[]>,
): boolean {
  const distance = distanceKm(latitude, longitude, contours.get(code));
  if (distance !== null) return distance <= MAX_DISTANCE_KM;
  const zone = zoneOf(code);
  return zone === null || inBox(latitude, longitude, ZONES[zone]!.box);
}

export function checkCoordinates(
  latitude: number | null,
  longitude: number | null,
  commune: { code: string; name: string },
  contours: ReadonlyMap<string, Polygon[]>,
): CoordinateCheck {
  if (latitude === null || longitude === null) return { latitude, longitude, warning: null };
  const where = `${commune.name} (${commune.code})`;
  const polygons = contours.get(commune.code);
  const zone = zoneOf(commune.code);
  const fits = (lat: number, lon: number) => coordinatesFit(lat, lon, commune.code, contours);
  if (fits(latitude, longitude)) return { latitude, longitude, warning: null };
  if (fits(longitude, latitude))
    return {
      latitude: longitude,
      longitude: latitude,
      warning: `Latitude et longitude inversées ${shown(latitude, longitude)}\u00a0: remises dans l’ordre pour ${where}.`,
    };
  const distance = distanceKm(latitude, longitude, polygons);
  const why =
    distance !== null
      ? `à ${Math.round(distance).toLocaleString('fr-FR')}\u00a0km de ${where}`
      : `hors de ${ZONES[zone!]!.label}, où se trouve ${where}`;
  return {
    latitude: null,
    longitude: null,
    warning: `Coordonnées ${shown(latitude, longitude)} ${why}\u00a0: laissées vides, le lieu n’est pas placé sur la carte. Vérifiez l’adresse ou la commune.`,
  };
}
