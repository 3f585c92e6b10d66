import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { withoutContours } from './support/withoutContours';

const VIENNE = readFileSync(join(__dirname, '../fixtures/geo/communes-86-vienne-2018.geojson'));
const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
const circles = (svg: string) => svg.match(/<circle [^>]*data-actor-id="\d+"/g) ?? [];
const communePaths = (svg: string) => svg.match(/<path [^>]*data-commune-code=/g) ?? [];

describe('map', () => {
  const api = useActorsBackend();

  async function demo() {
    api.open({ territory: false });
    await api.ok('territory.createDemo', {});
  }

  it('imports the Vienne contours into the Civraisien: merged old communes, outside features counted', async () => {
    await demo();
    const report = await api.ok('map.importContours', {
      fileName: 'communes-86.geojson',
      contentBase64: base64(VIENNE),
    });
    expect(report.matchedCount).toBe(35);
    expect(report.missingCommunes).toEqual([]);
    // 274 features: 28 old or current communes of the Civraisien (7 of them old codes merged into 2)
    expect(report.featureCount).toBe(274);
    expect(report.mergedOldCodes).toBe(5);
    expect(report.outsideCount).toBe(274 - 35 - 5);
    expect(api.count('commune_contour')).toBe(35);

    // Valence-en-Poitou gets the polygons of Couhé, Ceaux-en-Couhé, Châtillon, Payré and Vaux.
    const valence = api.backend.ctx.sqlite
      .prepare("SELECT geometry FROM commune_contour WHERE code = '86082'")
      .pluck()
      .get() as string;
    expect((JSON.parse(valence) as unknown[]).length).toBeGreaterThanOrEqual(5);
  });

  it('draws nothing when there is neither a contour nor a geolocated place', async () => {
    api.open({ territory: false });
    await api.ok('territory.choose', { siren: '200070035' });
    expect(await api.ok('map.svg', {})).toMatchObject({ hasContours: false, svg: null });
  });

  it('draws every commune and one point per place of the matching actors', async () => {
    await demo();
    withoutContours(api.backend.ctx);
    const before = await api.ok('map.svg', {});
    // Before any contour, the geolocated places are already drawn, on a blank background.
    expect(before.hasContours).toBe(false);
    expect(communePaths(before.svg ?? '')).toHaveLength(0);
    expect(circles(before.svg ?? '').length).toBeGreaterThan(0);
    expect(before.svg).toContain('contours des communes non disponibles');
    expect(before.svg).not.toContain('Commune sans lieu fixe de médiation');

    await api.ok('map.importContours', { contentBase64: base64(VIENNE) });
    const all = await api.ok('map.svg', {});
    expect(all.hasContours).toBe(true);
    const svg = all.svg ?? '';
    expect(communePaths(svg)).toHaveLength(35);
    expect(circles(svg)).toHaveLength(all.summary.placeCount);
    expect(all.summary.placeCount).toBeGreaterThan(0);
    expect(all.summary.communesWithPlaces + all.summary.communesWithoutPlaces).toBe(35);
    expect(svg).toContain('Commune sans lieu fixe de médiation');
    expect(svg).not.toMatch(/\sstyle=/);
    // The legend counts places, as the caption does: its categories add up to the places drawn.
    expect(svg).toContain('Lieux par rôle de l’acteur');
    const legendCounts = [...svg.matchAll(/\((\d+)\)<\/text>/g)].map((m) => Number(m[1]));
    expect(legendCounts.reduce((sum, n) => sum + n, 0)).toBe(circles(svg).length);

    const mediation = await api.ok('map.svg', { roles: ['financeur'] });
    expect(mediation.summary.placeCount).toBeLessThan(all.summary.placeCount);
    expect(circles(mediation.svg ?? '')).toHaveLength(mediation.summary.placeCount);

    const byTypology = await api.ok('map.svg', { colorBy: 'typology' });
    expect(byTypology.svg).toContain('Lieux par typologie de structure');
    expect(circles(byTypology.svg ?? '')).toHaveLength(all.summary.placeCount);
  });

  it('replaces the contours on a second import', async () => {
    await demo();
    await api.ok('map.importContours', { contentBase64: base64(VIENNE) });
    const data = JSON.parse(VIENNE.toString('utf8')) as {
      type: string;
      features: { properties: { code: string } }[];
    };
    const civray = { ...data, features: data.features.filter((f) => f.properties.code === '86078') };
    const report = await api.ok('map.importContours', { contentBase64: base64(JSON.stringify(civray)) });
    expect(report.matchedCount).toBe(1);
    expect(report.missingCommunes).toHaveLength(34);
    expect(report.missingCommunes.map((c) => c.name)).toContain('Valence-en-Poitou');
    expect(api.count('commune_contour')).toBe(1);
  });

  it.each([
    ['not JSON', 'ceci n’est pas du JSON', /n’est pas du GeoJSON lisible/],
    ['JSON but not GeoJSON', JSON.stringify({ communes: [] }), /FeatureCollection/],
    [
      'no commune code',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { libelle: 'Civray' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0.3, 46.1],
                  [0.31, 46.1],
                  [0.31, 46.11],
                  [0.3, 46.1],
                ],
              ],
            },
          },
        ],
      }),
      /Aucun code de commune/,
    ],
  ])('refuses a file that is %s, in French, and writes nothing', async (_case, content, message) => {
    await demo();
    await api.ok('map.importContours', { contentBase64: base64(VIENNE) });
    const error = await api.failure('map.importContours', { contentBase64: base64(content) });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(api.count('commune_contour')).toBe(35);
  });
});
