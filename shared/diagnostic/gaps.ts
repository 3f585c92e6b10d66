import type { Service } from '../vocabularies/lieuxMediation';
import { nearestPlaceOffering, type DistanceStatus } from './gapsDistance';
import {
  normalizeCommunes,
  ratePer10k,
  shareOf,
  type CommuneFragility,
  type DiagnosticCommune,
  type DiagnosticPlace,
} from './offerInputs';
import { permanencesByCommune, placesByCommune } from './offer';

/** One line of the fragility × offer table. */
export interface FragilityOfferRow {
  /** 1-based position in the ranking. */
  rank: number;
  code: string;
  name: string;
  population: number;
  /** Fragility score 1–10, null when unknown. */
  score: number | null;
  placeCount: number;
  /** placeCount × 10,000 / population; null when population is 0. */
  placesPer10k: number | null;
  /** Itinerant permanences held in the commune by places based elsewhere. */
  permanenceCount: number;
  /** (placeCount + permanenceCount) × 10,000 / population: the offer the ranking reads. */
  accessPointsPer10k: number | null;
}

/** A commune where fragility is high and the nearest place offering the service is far (or nowhere). */
export interface FragileAndFarRow {
  rank: number;
  code: string;
  name: string;
  population: number;
  score: number;
  status: Exclude<DistanceStatus, 'noCentroid'>;
  distanceKm: number | null;
  nearestActorId: string | null;
}

export interface FragileAndFarResult {
  service: Service;
  minScore: number;
  minDistanceKm: number;
  rows: FragileAndFarRow[];
  /** Communes fragile enough but without centroid: their distance is unknown (codes, most fragile first). */
  unknownDistance: string[];
  /** Communes of the territory whose fragility is unknown (a file that covers only some): each may be one more. */
  unknownFragility: number;
  /**
   * `computed`: every commune's fragility is known and every fragile commune has its distance; `partial`: some
   * fragility or some distance is unknown (the rows are a lower bound); `notComputable`: no fragile commune has
   * a distance (no contours), the rows say nothing.
   */
  status: 'computed' | 'partial' | 'notComputable';
}

export interface FragileAndFarThresholds {
  /** A commune is « highly fragile » when score ≥ minScore (default 7). */
  minScore?: number;
  /** A place is « far » when its distance ≥ minDistanceKm (default 10 km). */
  minDistanceKm?: number;
}

/** Fragility scores by commune code; a score outside 1–10 or not finite is treated as unknown (null). */
function scoresByCode(fragility: readonly CommuneFragility[]): Map<string, number | null> {
  const valid = (s: number | null) => (s !== null && Number.isFinite(s) && s >= 1 && s <= 10 ? s : null);
  return new Map(fragility.map((f) => [f.code, valid(f.score)]));
}

/** Descending comparison that puts nulls last. */
const descNullsLast = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a;
/** Ascending comparison that puts nulls last. */
const ascNullsLast = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

/** Farthest first; null (no place offering the service at all) counts as infinitely far. */
const farthestFirst = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : -1) : b === null ? 1 : b - a;

/**
 * Fragility × offer, ranked: highest fragility first, then lowest offer (places and itinerant permanences per
 * 10,000 inhabitants, then their number), then most populated, then code. Unknown scores and unknown rates
 * (population 0) come last within their ordering. A commune served by a bus every week is not « 0 lieu ».
 */
export function fragilityOfferTable(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
  fragility: readonly CommuneFragility[],
): FragilityOfferRow[] {
  const communes = normalizeCommunes(communesInput);
  const scores = scoresByCode(fragility);
  const byCommune = placesByCommune(communes, places);
  const visits = permanencesByCommune(communes, places);
  return communes
    .map((c) => {
      const placeCount = byCommune.get(c.code)?.length ?? 0;
      const permanenceCount = visits.get(c.code)?.length ?? 0;
      return {
        rank: 0,
        code: c.code,
        name: c.name,
        population: c.population,
        score: scores.get(c.code) ?? null,
        placeCount,
        placesPer10k: ratePer10k(placeCount, c.population),
        permanenceCount,
        accessPointsPer10k: ratePer10k(placeCount + permanenceCount, c.population),
      };
    })
    .sort(
      (a, b) =>
        descNullsLast(a.score, b.score) ||
        ascNullsLast(a.accessPointsPer10k, b.accessPointsPer10k) ||
        a.placeCount + a.permanenceCount - (b.placeCount + b.permanenceCount) ||
        b.population - a.population ||
        a.code.localeCompare(b.code),
    )
    .map((row, index) => ({ ...row, rank: index + 1 }));
}

/**
 * Communes with score ≥ minScore whose nearest place offering `service` is at ≥ minDistanceKm from their
 * centroid, or where no located place offers it at all (infinitely far). Ranked: highest score first, then
 * farthest (no place at all before any distance), then most populated, then code.
 */
export function fragileAndFar(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
  fragility: readonly CommuneFragility[],
  service: Service,
  thresholds: FragileAndFarThresholds = {},
): FragileAndFarResult {
  const communes = normalizeCommunes(communesInput);
  const minScore = thresholds.minScore ?? 7;
  const minDistanceKm = thresholds.minDistanceKm ?? 10;
  const scores = scoresByCode(fragility);
  const nearest = new Map(nearestPlaceOffering(communes, places, service).map((n) => [n.code, n]));
  const fragile = communes
    .map((c) => ({ commune: c, score: scores.get(c.code) ?? null, near: nearest.get(c.code)! }))
    .filter((x): x is typeof x & { score: number } => x.score !== null && x.score >= minScore);

  const rows = fragile
    .filter(
      ({ near }) =>
        near.status === 'noPlaceOffering' ||
        (near.status === 'measured' && near.distanceKm! >= minDistanceKm),
    )
    .map(({ commune, score, near }) => ({
      rank: 0,
      code: commune.code,
      name: commune.name,
      population: commune.population,
      score,
      status: near.status as FragileAndFarRow['status'],
      distanceKm: near.distanceKm,
      nearestActorId: near.nearestActorId,
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        farthestFirst(a.distanceKm, b.distanceKm) ||
        b.population - a.population ||
        a.code.localeCompare(b.code),
    )
    .map((row, index) => ({ ...row, rank: index + 1 }));

  const unknownDistance = fragile
    .filter(({ near }) => near.status === 'noCentroid')
    .sort((a, b) => b.score - a.score || a.commune.code.localeCompare(b.commune.code))
    .map(({ commune }) => commune.code);

  const unknownFragility = communes.filter((c) => (scores.get(c.code) ?? null) === null).length;
  return {
    service,
    minScore,
    minDistanceKm,
    rows,
    unknownDistance,
    unknownFragility,
    status:
      unknownDistance.length > 0 && unknownDistance.length === fragile.length
        ? 'notComputable'
        : unknownDistance.length > 0 || unknownFragility > 0
          ? 'partial'
          : 'computed',
  };
}

/**
 * Share of the population living in a commune with neither place nor itinerant permanence:
 * Σ population of those communes / Σ population; 0 when the territory population is 0.
 */
export function populationWithoutPlaceShare(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
): number {
  const communes = normalizeCommunes(communesInput);
  const byCommune = placesByCommune(communes, places);
  const visits = permanencesByCommune(communes, places);
  let total = 0;
  let without = 0;
  for (const c of communes) {
    total += c.population;
    if ((byCommune.get(c.code)?.length ?? 0) === 0 && (visits.get(c.code)?.length ?? 0) === 0)
      without += c.population;
  }
  return shareOf(without, total);
}
