import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Polygon } from '../../electron/backend/map/geojson';
import { useActorsBackend } from './support/actorsBackend';

/**
 * The demo is the first territory a user sees: each of its places must lie in the commune it names, on the
 * contours the demo imports, or its map shows it in the next commune (a place of Val-de-Comporté drawn
 * in La Chapelle-Bâton).
 */

const t = useActorsBackend();

describe('the demo territory', () => {
  it('puts every place and every actor with coordinates inside its own commune', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const { sqlite } = t.backend.ctx;
    const contours = new Map(
      (
        sqlite.prepare('SELECT code, geometry FROM commune_contour').all() as {
          code: string;
          geometry: string;
        }[]
      ).map(({ code, geometry }) => [code, JSON.parse(geometry) as Polygon[]]),
    );
    const located = sqlite
      .prepare(
        `SELECT name, commune_code AS code, latitude, longitude FROM place WHERE latitude IS NOT NULL
         UNION ALL
         SELECT name, commune_code, latitude, longitude FROM actor WHERE latitude IS NOT NULL`,
      )
      .all() as { name: string; code: string; latitude: number; longitude: number }[];
    expect(located.length).toBeGreaterThan(20);
    const misplaced = located.flatMap(({ name, code, latitude, longitude }) => {
      const polygons = contours.get(code);
      const inside =
        polygons !== undefined &&
        geoContains({ type: 'MultiPolygon', coordinates: polygons }, [longitude, latitude]);
      return inside ? [] : [`${name} (${code})`];
    });
    expect(misplaced).toEqual([]);
  });
});
