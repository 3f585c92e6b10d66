import type { Service } from '../vocabularies/lieuxMediation';
import { normalizeCommunes, type DiagnosticCommune, type DiagnosticPlace, type LonLat } from './offerInputs';

/** Mean Earth radius (IUGG), kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle (straight-line on the sphere) distance in kilometres between two [lon, lat] points:
 * d = 2R · asin(√(sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2))).
 */
export function haversineKm(a: LonLat, b: LonLat): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Why a distance is or is not known:
 * - `measured`: distance from the commune centroid to the nearest located place offering the service;
 * - `noCentroid`: the commune has no centroid, the distance is unknown;
 * - `noPlaceOffering`: no located place offers the service (the service is out of reach everywhere).
 */
export type DistanceStatus = 'measured' | 'noCentroid' | 'noPlaceOffering';

export interface NearestPlace {
  code: string;
  status: DistanceStatus;
  /** Kilometres, null unless status is `measured`. */
  distanceKm: number | null;
  nearestActorId: string | null;
}

const isPoint = (p: LonLat | null | undefined): p is LonLat =>
  !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * Where a place is: its own coordinates, else the centroid of its commune when that commune is known;
 * null when neither is known (the place is then left out of distance computations).
 */
export function placeLocation(place: DiagnosticPlace, centroids: ReadonlyMap<string, LonLat>): LonLat | null {
  if (isPoint(place.coordinates)) return place.coordinates;
  return (place.communeCode !== null && centroids.get(place.communeCode)) || null;
}

/**
 * For each commune, the straight-line distance from its centroid to the nearest place offering `service`,
 * whatever the commune of that place (a place just across the border counts). A place in the commune itself
 * without coordinates sits on the centroid: distance 0. Ties go to the smallest actorId.
 */
export function nearestPlaceOffering(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
  service: Service,
): NearestPlace[] {
  const communes = normalizeCommunes(communesInput);
  const centroids = new Map<string, LonLat>();
  for (const c of communes) if (isPoint(c.centroid)) centroids.set(c.code, c.centroid);
  const located = places
    .filter((p) => p.services.includes(service))
    .map((p) => ({ actorId: p.actorId, at: placeLocation(p, centroids) }))
    .filter((p): p is { actorId: string; at: LonLat } => p.at !== null)
    .sort((a, b) => a.actorId.localeCompare(b.actorId));

  return communes.map((commune) => {
    const from = centroids.get(commune.code);
    if (!from) return { code: commune.code, status: 'noCentroid', distanceKm: null, nearestActorId: null };
    let best: { actorId: string; km: number } | null = null;
    for (const place of located) {
      const km = haversineKm(from, place.at);
      if (!best || km < best.km) best = { actorId: place.actorId, km };
    }
    return best
      ? { code: commune.code, status: 'measured', distanceKm: best.km, nearestActorId: best.actorId }
      : { code: commune.code, status: 'noPlaceOffering', distanceKm: null, nearestActorId: null };
  });
}
