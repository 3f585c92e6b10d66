import type { Polygon } from './geojson';

/** About one metre: enough for a map of an intercommunality, and it keeps the stored contours light. */
const DECIMALS = 5;
/** Points closer than this to the last one kept are dropped. */
const MIN_DISTANCE_METRES = 20;

const round = (value: number): number => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Equirectangular distance: exact enough at the scale of a few dozen metres. */
function metresBetween(a: number[], b: number[]): number {
  const toRadians = Math.PI / 180;
  const x = ((b[0] ?? 0) - (a[0] ?? 0)) * toRadians * Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) / 2) * toRadians);
  const y = ((b[1] ?? 0) - (a[1] ?? 0)) * toRadians;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/** A ring rounded and thinned; the first point is kept and the ring stays closed (at least 4 points). */
export function simplifyRing(ring: number[][]): number[][] {
  const rounded = ring.map((p) => [round(p[0] ?? 0), round(p[1] ?? 0)]);
  const first = rounded[0];
  if (!first || rounded.length < 4) return rounded;
  const kept = [first];
  for (const point of rounded.slice(1, -1)) {
    const last = kept[kept.length - 1] ?? first;
    if (metresBetween(last, point) >= MIN_DISTANCE_METRES) kept.push(point);
  }
  kept.push(first);
  return kept.length >= 4 ? kept : rounded;
}

export function simplifyPolygons(polygons: Polygon[]): Polygon[] {
  return polygons.map((polygon) => polygon.map(simplifyRing));
}
