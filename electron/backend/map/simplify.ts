import type { Polygon } from './geojson';

/** About one metre: enough for a map of an intercommunality, and it keeps the stored contours light. */
const DECIMALS = 5;
/** A point that strays less than this from the line its neighbours draw is dropped (Douglas–Peucker). */
const TOLERANCE_METRES = 20;

type Point = [number, number];

const round = (value: number): number => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
const keyOf = (p: Point): string => `${p[0]},${p[1]}`;

/** Metres east and north of `origin` (equirectangular: exact enough over a commune). */
function projected(p: Point, origin: Point): [number, number] {
  const toMetres = (Math.PI / 180) * 6_371_000;
  return [
    (p[0] - origin[0]) * toMetres * Math.cos((origin[1] * Math.PI) / 180),
    (p[1] - origin[1]) * toMetres,
  ];
}

/** Distance in metres from `p` to the segment [a, b] (to `a` when the segment is a point). */
function metresToSegment(p: Point, a: Point, b: Point): number {
  const [px, py] = projected(p, a);
  const [bx, by] = projected(b, a);
  const length2 = bx * bx + by * by;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / length2));
  return Math.hypot(px - t * bx, py - t * by);
}

/** The index of the interior point farthest from the chord [first, last] of `points[from..to]`. */
function farthest(points: Point[], from: number, to: number): { index: number; distance: number } {
  let best = { index: -1, distance: -1 };
  for (let i = from + 1; i < to; i++) {
    const distance = metresToSegment(points[i]!, points[from]!, points[to]!);
    if (distance > best.distance) best = { index: i, distance };
  }
  return best;
}

/**
 * Douglas–Peucker on one arc, its two ends kept. An open arc keeps at least one interior point and a closed one
 * (a ring with no junction) at least two, so that no ring ever falls below a triangle.
 */
function simplifyArc(points: Point[]): Point[] {
  const last = points.length - 1;
  if (last < 2) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[last] = true;
  // [from, to, points still to keep whatever the tolerance]; a stack rather than recursion: long borders.
  const stack: [number, number, number][] = [[0, last, keyOf(points[0]!) === keyOf(points[last]!) ? 2 : 1]];
  while (stack.length > 0) {
    const [from, to, forced] = stack.pop()!;
    const { index, distance } = farthest(points, from, to);
    if (index < 0 || (distance <= TOLERANCE_METRES && forced === 0)) continue;
    keep[index] = true;
    // Points still owed go to the side that has room for them.
    const owed = Math.max(0, forced - 1);
    const leftHasRoom = index - from >= 2;
    stack.push([from, index, leftHasRoom ? owed : 0], [index, to, leftHasRoom ? 0 : owed]);
  }
  return points.filter((_, i) => keep[i]);
}

/** Rounded, without repeated points, as a cycle (the closing point left out). */
function cycleOf(ring: number[][]): Point[] {
  const cycle: Point[] = [];
  for (const raw of ring) {
    const p: Point = [round(raw[0] ?? 0), round(raw[1] ?? 0)];
    const previous = cycle[cycle.length - 1];
    if (!previous || keyOf(previous) !== keyOf(p)) cycle.push(p);
  }
  while (cycle.length > 1 && keyOf(cycle[0]!) === keyOf(cycle[cycle.length - 1]!)) cycle.pop();
  return cycle;
}

/**
 * The points where borders meet: a point met with other neighbours in another ring (or twice in one), where
 * three communes meet or a border stops being shared. Between two junctions, the same points in two rings
 * are the same border.
 */
function junctionsOf(cycles: Point[][]): Set<string> {
  const neighboursAt = new Map<string, string>();
  const junctions = new Set<string>();
  for (const cycle of cycles) {
    const n = cycle.length;
    cycle.forEach((p, i) => {
      const key = keyOf(p);
      const neighbours = [keyOf(cycle[(i + n - 1) % n]!), keyOf(cycle[(i + 1) % n]!)].sort().join('|');
      const seen = neighboursAt.get(key);
      if (seen === undefined) neighboursAt.set(key, neighbours);
      else if (seen !== neighbours) junctions.add(key);
    });
  }
  return junctions;
}

/**
 * Thins all the contours of a territory together so that shared borders stay shared: each ring is cut at the
 * junctions into arcs, each arc is simplified once (in one direction, whichever way a ring runs along it) and
 * the rings are put back together from the simplified arcs. Two neighbouring communes thus keep exactly the
 * same points along their border: no gap, no overlap between them on the map.
 */
export function simplifyContours(polygonsByCode: ReadonlyMap<string, Polygon[]>): Map<string, Polygon[]> {
  const cyclesByCode = new Map(
    [...polygonsByCode].map(([code, polygons]) => [code, polygons.map((polygon) => polygon.map(cycleOf))]),
  );
  const all = [...cyclesByCode.values()].flat(2).filter((cycle) => cycle.length >= 3);
  const junctions = junctionsOf(all);
  const arcs = new Map<string, Point[]>();

  const simplifiedArc = (arc: Point[]): Point[] => {
    const forward = arc.map(keyOf).join(';');
    const backward = [...arc].reverse().map(keyOf).join(';');
    const canonical = forward <= backward ? forward : backward;
    let done = arcs.get(canonical);
    if (!done) {
      done = simplifyArc(forward <= backward ? arc : [...arc].reverse());
      arcs.set(canonical, done);
    }
    return forward <= backward ? done : [...done].reverse();
  };

  const simplifyCycle = (cycle: Point[]): number[][] => {
    if (cycle.length < 3) return [...cycle, ...cycle.slice(0, 1)];
    // Start at a junction; a ring with none (an island, an enclave and the hole it leaves) at its smallest
    // point, the same for both sides of it.
    let start = cycle.findIndex((p) => junctions.has(keyOf(p)));
    if (start < 0) {
      const keys = cycle.map(keyOf);
      start = keys.indexOf([...keys].sort()[0]!);
    }
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start), cycle[start]!];
    const result: Point[] = [rotated[0]!];
    let from = 0;
    for (let i = 1; i < rotated.length; i++) {
      if (i === rotated.length - 1 || junctions.has(keyOf(rotated[i]!))) {
        result.push(...simplifiedArc(rotated.slice(from, i + 1)).slice(1));
        from = i;
      }
    }
    return result;
  };

  return new Map(
    [...cyclesByCode].map(([code, polygons]) => [
      code,
      polygons.map((polygon) => polygon.map(simplifyCycle)),
    ]),
  );
}

/** One ring alone, rounded and thinned; it stays closed, with at least 4 points. */
export function simplifyRing(ring: number[][]): number[][] {
  return simplifyContours(new Map([['', [[ring]]]])).get('')?.[0]?.[0] ?? ring;
}
