import { fromLambert93, isLambert93 } from './lambert93';

/**
 * Coordinates as producer files write them, read as latitude and longitude in degrees: one cell
 * « 45.87, 0.30 » (or « 45,87 ; 0,30 », « [45.87, 0.30] », a WKT « POINT (0.30 45.87) »), or x/y in
 * Lambert-93 metres. A pair given in the wrong order is kept as written: the territory check puts it back
 * and says so (`interop/import/coordinateCheck.ts`).
 */

export interface Degrees {
  latitude: number;
  longitude: number;
}

/** « 45,87 », « 45.87 », « 652 469,5 » → a number; anything else → null. */
export function numberOfCell(cell: string): number | null {
  const text = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
const DOT_NUMBER = String.raw`[-+]?\d+(?:\.\d+)?`;
const WKT_POINT = new RegExp(
  String.raw`^POINT\s*Z?\s*\(\s*(${DOT_NUMBER})\s+(${DOT_NUMBER})(?:\s+${DOT_NUMBER})?\s*\)$`,
  'i',
);
/** Decimal commas allowed when the two numbers are apart by « ; », « | » or a tab. */
const STRONG_PAIR = new RegExp(String.raw`^(${NUMBER})\s*[;|\t]\s*(${NUMBER})$`);
/** Decimal points when apart by a comma or a space (« 45.87, 0.30 », « 45.87 0.30 »). */
const WEAK_PAIR = new RegExp(String.raw`^(${DOT_NUMBER})\s*(?:,|\s)\s*(${DOT_NUMBER})$`);

/** Metres in Lambert-93 (x, y in either order) → degrees; a pair of degrees as it is. */
export function degreesOf(first: number, second: number): Degrees {
  if (isLambert93(first, second)) return fromLambert93(first, second)!;
  if (isLambert93(second, first)) return fromLambert93(second, first)!;
  return { latitude: first, longitude: second };
}

/**
 * One cell holding both coordinates: « lat, lon » (the usual order of geo points and map sites), a WKT
 * point (« lon lat », its order), or a Lambert-93 pair. Null when the cell holds something else.
 */
export function readCoordinatePair(cell: string): Degrees | null {
  const text = cell.trim();
  const wkt = WKT_POINT.exec(text);
  if (wkt) return degreesOf(Number(wkt[2]), Number(wkt[1]));
  const inner = text.replace(/^[[(]\s*/, '').replace(/\s*[\])]$/, '');
  const pair = STRONG_PAIR.exec(inner) ?? WEAK_PAIR.exec(inner);
  if (!pair) return null;
  const first = numberOfCell(pair[1]!);
  const second = numberOfCell(pair[2]!);
  return first === null || second === null ? null : degreesOf(first, second);
}

/** x and y cells in Lambert-93 metres → degrees; null when either is missing or out of the projection. */
export function readLambertCells(xCell: string, yCell: string): Degrees | null {
  const x = numberOfCell(xCell);
  const y = numberOfCell(yCell);
  return x === null || y === null ? null : fromLambert93(x, y);
}

/** True when most filled cells of a column are numbers in the given range (a column's unit, guessed). */
export function mostlyWithin(cells: readonly string[], min: number, max: number): boolean {
  const numbers = cells.map(numberOfCell).filter((value) => value !== null);
  if (numbers.length === 0) return false;
  return numbers.filter((value) => value >= min && value <= max).length * 2 > numbers.length;
}
