import type { DataStore } from '../db/dataStore';
import type { Polygon } from './geojson';

/**
 * The stored contours: each territory commune's polygons (a MultiPolygon's coordinates). Prepared statements
 * on the raw connection, on purpose: the diagnostic reads them inside its one synchronous read transaction,
 * and an import writes them in bulk in one synchronous transaction (no event-loop turn while it is open).
 */
export function readContours({ sqlite }: Pick<DataStore, 'sqlite'>): Map<string, Polygon[]> {
  const rows = sqlite.prepare('SELECT code, geometry FROM commune_contour').all() as {
    code: string;
    geometry: string;
  }[];
  return new Map(rows.map((row) => [row.code, JSON.parse(row.geometry) as Polygon[]]));
}

/** How many contours are stored, and the date of their import (one date for all: an import replaces them). */
export function contourStamp({ sqlite }: Pick<DataStore, 'sqlite'>): {
  count: number;
  importedAt: string | null;
} {
  return sqlite
    .prepare('SELECT COUNT(*) AS count, MAX(imported_at) AS importedAt FROM commune_contour')
    .get() as { count: number; importedAt: string | null };
}

/** Replaces every stored contour with these, in one transaction. */
export function replaceContours(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  polygonsByCode: ReadonlyMap<string, Polygon[]>,
  importedAt: string,
): void {
  const insert = sqlite.prepare('INSERT INTO commune_contour (code, geometry, imported_at) VALUES (?, ?, ?)');
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM commune_contour').run();
    for (const [code, polygons] of polygonsByCode) insert.run(code, JSON.stringify(polygons), importedAt);
  })();
}
