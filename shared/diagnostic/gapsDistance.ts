import type { Service } from '../vocabularies/lieuxMediation';
import { normalizeCommunes, type DiagnosticCommune, type DiagnosticPlace, type LonLat } from './offerInputs';

/** Mean Earth radius (IUGG), kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle (straight-line on the sphere) distance in kilometres between two [lon, lat] points:
 * d = 2R · asin(√(sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2))).
 */
export function haversineKm(a: LonLat, b: LonLat): number {
  // Degrees to radians inline: this runs for every commune × place pair, so no closure per call.
  const dLat = (b[1] - a[1]) * RADIANS_PER_DEGREE;
  const dLon = (b[0] - a[0]) * RADIANS_PER_DEGREE;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1] * RADIANS_PER_DEGREE) * Math.cos(b[1] * RADIANS_PER_DEGREE) * Math.sin(dLon / 2) ** 2;
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
  /** The nearest is an itinerant permanence, counted at the centre of the commune where it is held. */
  viaPermanence: boolean;
  /** The commune where the nearest offer is: the place's, or the one its permanence serves. */
  atCommuneCode: string | null;
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

interface Candidate {
  actorId: string;
  at: LonLat;
  communeCode: string | null;
  viaPermanence: boolean;
}

/** At one point, a fixed place before a permanence, then the smallest actorId. */
const preferred = (a: Candidate, b: Candidate) =>
  a.viaPermanence !== b.viaPermanence ? !a.viaPermanence : a.actorId < b.actorId;

/**
 * For each commune, the straight-line distance from its centroid to the nearest place offering `service`,
 * whatever the commune of that place (a place just across the border counts). A place in the commune itself
 * without coordinates sits on the centroid: distance 0. An itinerant permanence counts at the centre of the
 * commune where it is held (a commune served by the bus is at 0 km of its services). Ties go to the smallest
 * actorId.
 *
 * Places are swept outwards by latitude from each centroid: a place whose latitude alone puts it farther than
 * the best distance found (R · |Δφ| never exceeds the great-circle distance) ends the sweep on that side, so a
 * territory of 500 communes and thousands of places is measured in milliseconds, with the exact result.
 */
export function nearestPlaceOffering(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
  service: Service,
): NearestPlace[] {
  const communes = normalizeCommunes(communesInput);
  const centroids = new Map<string, LonLat>();
  for (const c of communes) if (isPoint(c.centroid)) centroids.set(c.code, c.centroid);
  // Places at the same point (often a commune's centre) are one candidate: the smallest actorId, which wins
  // their tie anyway. Then sorted by latitude for the sweep.
  const byPoint = new Map<number, Map<number, Candidate>>(); // longitude → latitude → candidate
  const keep = (candidate: Candidate) => {
    const { at } = candidate;
    let atLongitude = byPoint.get(at[0]);
    if (!atLongitude) byPoint.set(at[0], (atLongitude = new Map()));
    const kept = atLongitude.get(at[1]);
    if (!kept || preferred(candidate, kept)) atLongitude.set(at[1], candidate);
  };
  for (const place of places) {
    if (!place.services.includes(service)) continue;
    const at = placeLocation(place, centroids);
    if (at !== null)
      keep({ actorId: place.actorId, at, communeCode: place.communeCode, viaPermanence: false });
    for (const code of place.permanenceCommunes ?? []) {
      const centre = centroids.get(code);
      if (centre && code !== place.communeCode)
        keep({ actorId: place.actorId, at: centre, communeCode: code, viaPermanence: true });
    }
  }
  const located = [...byPoint.values()].flatMap((atLongitude) => [...atLongitude.values()]);
  located.sort((a, b) => a.at[1] - b.at[1]);

  return communes.map((commune) => {
    const from = centroids.get(commune.code);
    const none = { distanceKm: null, nearestActorId: null, viaPermanence: false, atCommuneCode: null };
    if (!from) return { code: commune.code, status: 'noCentroid', ...none };
    const best = nearestByLatitudeSweep(from, located);
    return best
      ? {
          code: commune.code,
          status: 'measured',
          distanceKm: best.km,
          nearestActorId: best.candidate.actorId,
          viaPermanence: best.candidate.viaPermanence,
          atCommuneCode: best.candidate.communeCode,
        }
      : { code: commune.code, status: 'noPlaceOffering', ...none };
  });
}

/** Kilometres per radian of latitude: the lower bound of any distance between two latitudes. */
const KM_PER_RADIAN = EARTH_RADIUS_KM;
/** Slack on the bound so that rounding never skips a place at exactly the best distance (a tie). */
const BOUND_SLACK_KM = 1e-9;

function nearestByLatitudeSweep(
  from: LonLat,
  byLatitude: readonly Candidate[],
): { candidate: Candidate; km: number } | null {
  // First index whose latitude is ≥ the centroid's.
  let low = 0;
  let high = byLatitude.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byLatitude[mid]!.at[1] < from[1]) low = mid + 1;
    else high = mid;
  }
  let down = low - 1;
  let up = low;
  let best: { candidate: Candidate; km: number } | null = null;
  const kmPerDegree = RADIANS_PER_DEGREE * KM_PER_RADIAN;
  while (down >= 0 || up < byLatitude.length) {
    const downBound = down >= 0 ? (from[1] - byLatitude[down]!.at[1]) * kmPerDegree : Infinity;
    const upBound = up < byLatitude.length ? (byLatitude[up]!.at[1] - from[1]) * kmPerDegree : Infinity;
    const index = downBound <= upBound ? down-- : up++;
    if (best && Math.min(downBound, upBound) > best.km + BOUND_SLACK_KM) break;
    const place = byLatitude[index]!;
    const km = haversineKm(from, place.at);
    if (!best || km < best.km || (km === best.km && place.actorId < best.candidate.actorId))
      best = { candidate: place, km };
  }
  return best;
}
