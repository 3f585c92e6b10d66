import type { NationalProgramme, Public, Service, SpecificSupport } from '../vocabularies/lieuxMediation';

/** A point as [longitude, latitude] in WGS 84 degrees (GeoJSON order). */
export type LonLat = readonly [number, number];

/** A commune of the territory, as the diagnostic needs it. */
export interface DiagnosticCommune {
  code: string;
  name: string;
  /** Municipal population; 0 when unknown or empty (rates are then null, never Infinity). */
  population: number;
  centroid?: LonLat | null;
}

/** A place of the directory (a « lieu de médiation numérique »), reduced to what the diagnostic reads. */
export interface DiagnosticPlace {
  actorId: string;
  /** INSEE code of the commune where the place is; it may lie outside the territory. */
  communeCode: string | null;
  coordinates?: LonLat | null;
  services: readonly Service[];
  publics: readonly Public[];
  specificSupports: readonly SpecificSupport[];
  programmes: readonly NationalProgramme[];
  /** ISO date (YYYY-MM-DD) of the last check, null when never checked. */
  lastVerifiedOn: string | null;
  /**
   * Communes where the place holds itinerant permanences (a digital bus, a mobile team), each once: the place
   * offers its services there too, on the days it comes. Absent or empty: none.
   */
  permanenceCommunes?: readonly string[];
}

/** Fragility score of a commune (1 = least fragile, 10 = most fragile), null when unknown. */
export interface CommuneFragility {
  code: string;
  score: number | null;
}

/** Rate per 10,000 inhabitants: count × 10,000 / population; null when the population is 0 (or less). */
export function ratePer10k(count: number, population: number): number | null {
  return population > 0 ? (count * 10_000) / population : null;
}

/** part / whole, 0 when whole is 0 (never NaN). */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * The communes as the formulas read them: each code once (first occurrence kept), population a finite
 * number ≥ 0 (negative, NaN or infinite populations count as 0).
 */
export function normalizeCommunes(communes: readonly DiagnosticCommune[]): DiagnosticCommune[] {
  const seen = new Set<string>();
  const result: DiagnosticCommune[] = [];
  for (const c of communes) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    result.push({ ...c, population: Number.isFinite(c.population) && c.population > 0 ? c.population : 0 });
  }
  return result;
}
