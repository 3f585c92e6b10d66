import { sameNameKey } from './sameNameKey';
import { formatInteger, quoted } from '../../../shared/format/french';

/**
 * Likely duplicates among live actors, found three ways: the same SIRET; the same name (regardless of
 * accents, case and spacing) in the same commune; places less than 50 m apart. Pure: the caller gives the
 * actors and the places' coordinates.
 *
 * Coordinates shared exactly by three actors or more are left out of the distance rule: they are a
 * commune's centre (an address geocoded to the commune only), not the address of a building.
 */

export interface DetectionActor {
  id: number;
  name: string;
  siret: string | null;
  communeCode: string | null;
  communeName: string | null;
}

export interface DetectionPoint {
  actorId: number;
  /** The place's name, for the reason shown to the user. */
  label: string;
  latitude: number;
  longitude: number;
}

export interface DetectedPair {
  lowId: number;
  highId: number;
  reasons: string[];
}

export const CLOSE_DISTANCE_METRES = 50;
const EARTH_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function haversineMetres(a: { latitude: number; longitude: number }, b: typeof a): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

const formatSiret = (siret: string) =>
  siret.length === 14
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;

export function detectDuplicates(
  actors: readonly DetectionActor[],
  points: readonly DetectionPoint[],
  dismissed: ReadonlySet<string> = new Set(),
): DetectedPair[] {
  const pairs = new Map<string, DetectedPair>();
  const add = (a: number, b: number, reason: string) => {
    if (a === b) return;
    const [lowId, highId] = a < b ? [a, b] : [b, a];
    const key = `${lowId}-${highId}`;
    if (dismissed.has(key)) return;
    const pair = pairs.get(key) ?? { lowId, highId, reasons: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(key, pair);
  };
  const groups = (key: (actor: DetectionActor) => string | null) => {
    const byKey = new Map<string, DetectionActor[]>();
    for (const actor of actors) {
      const value = key(actor);
      if (value !== null) byKey.set(value, [...(byKey.get(value) ?? []), actor]);
    }
    return [...byKey.values()].filter((group) => group.length > 1);
  };
  const eachPair = (group: DetectionActor[], reason: (a: DetectionActor) => string) => {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) add(group[i]!.id, group[j]!.id, reason(group[i]!));
  };

  for (const group of groups((a) => (a.siret ? a.siret : null)))
    eachPair(group, (a) => `Même SIRET\u00a0: ${formatSiret(a.siret!)}`);
  for (const group of groups((a) => (a.communeCode ? `${a.communeCode}/${sameNameKey(a.name)}` : null)))
    eachPair(group, (a) => `Même nom dans la même commune (${a.communeName ?? a.communeCode})`);

  closePoints(points, add);
  return [...pairs.values()].sort((a, b) => a.lowId - b.lowId || a.highId - b.highId);
}

/** Pairs of places of different actors closer than 50 m, through a grid so as not to compare all with all. */
function closePoints(points: readonly DetectionPoint[], add: (a: number, b: number, reason: string) => void) {
  const owners = new Map<string, Set<number>>();
  const exact = (p: DetectionPoint) => `${p.latitude},${p.longitude}`;
  for (const point of points)
    owners.set(exact(point), (owners.get(exact(point)) ?? new Set()).add(point.actorId));
  const usable = points.filter((point) => owners.get(exact(point))!.size < 3);

  const cell = 0.001; // about 111 m of latitude: close points are in the same or a neighbouring cell
  const cellOf = (p: DetectionPoint) =>
    [Math.floor(p.latitude / cell), Math.floor(p.longitude / cell)] as const;
  const grid = new Map<string, DetectionPoint[]>();
  for (const point of usable) {
    const [y, x] = cellOf(point);
    grid.set(`${y}/${x}`, [...(grid.get(`${y}/${x}`) ?? []), point]);
  }
  // The closest two places of each pair of actors give the reason.
  const closest = new Map<string, { a: DetectionPoint; b: DetectionPoint; metres: number }>();
  for (const point of usable) {
    const [y, x] = cellOf(point);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const other of grid.get(`${y + dy}/${x + dx}`) ?? []) {
          if (other.actorId <= point.actorId) continue;
          const metres = haversineMetres(point, other);
          const key = `${point.actorId}-${other.actorId}`;
          if (metres < CLOSE_DISTANCE_METRES && metres < (closest.get(key)?.metres ?? Infinity))
            closest.set(key, { a: point, b: other, metres });
        }
  }
  for (const { a, b, metres } of closest.values())
    add(
      a.actorId,
      b.actorId,
      metres < 1
        ? `Lieux aux mêmes coordonnées (${quoted(a.label)} et ${quoted(b.label)})`
        : `Lieux à ${formatInteger(Math.round(metres))}\u00a0m l’un de l’autre (${quoted(a.label)} et ${quoted(b.label)})`,
    );
}
