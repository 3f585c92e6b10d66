import type Database from 'better-sqlite3';
import type { Polygon } from './geojson';

/** The stored contours: each territory commune's polygons (a MultiPolygon's coordinates). */
export function readContours(sqlite: Database.Database): Map<string, Polygon[]> {
  const rows = sqlite.prepare('SELECT code, geometry FROM commune_contour').all() as {
    code: string;
    geometry: string;
  }[];
  return new Map(rows.map((row) => [row.code, JSON.parse(row.geometry) as Polygon[]]));
}

export function countContours(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT COUNT(*) AS n FROM commune_contour').get() as { n: number }).n;
}

/** Replaces every stored contour with these, in one transaction. */
export function replaceContours(
  sqlite: Database.Database,
  polygonsByCode: ReadonlyMap<string, Polygon[]>,
  importedAt: string,
): void {
  const insert = sqlite.prepare('INSERT INTO commune_contour (code, geometry, imported_at) VALUES (?, ?, ?)');
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM commune_contour').run();
    for (const [code, polygons] of polygonsByCode) insert.run(code, JSON.stringify(polygons), importedAt);
  })();
}
