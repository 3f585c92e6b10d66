import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseContours, type ContourFeature, type Polygon } from '../../electron/backend/map/geojson';
import { matchContours } from '../../electron/backend/map/matchContours';
import { currentCodeOf } from '../../electron/backend/map/oldCodes';
import { simplifyRing } from '../../electron/backend/map/simplify';
import { windForD3 } from '../../electron/backend/map/importContours';
import { AppFailure } from '../../shared/result';

const square = (lon: number, lat: number, size = 0.05): Polygon => [
  [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ],
];

const collection = (features: { properties: object; geometry: object }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) });

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('aurait dû échouer');
}

describe('reading a contours file', () => {
  it('finds the commune code under the usual property names', () => {
    for (const key of ['code', 'insee', 'INSEE_COM', 'codgeo', 'code_insee']) {
      const features = parseContours(
        collection([
          {
            properties: { [key]: '86078', nom: 'Civray' },
            geometry: { type: 'Polygon', coordinates: square(0.3, 46.1) },
          },
        ]),
      );
      expect(features).toEqual([{ code: '86078', polygons: [square(0.3, 46.1)] }]);
    }
  });

  it('keeps Polygons and MultiPolygons, leaves points and features without a code aside', () => {
    const features = parseContours(
      collection([
        {
          properties: { code: '86078' },
          geometry: { type: 'MultiPolygon', coordinates: [square(0.3, 46.1), square(0.4, 46.1)] },
        },
        { properties: { code: '86082' }, geometry: { type: 'Point', coordinates: [0.2, 46.3] } },
        { properties: { code: 'inconnu' }, geometry: { type: 'Polygon', coordinates: square(0.5, 46.1) } },
      ]),
    );
    expect(features.map((f) => [f.code, f.polygons.length])).toEqual([['86078', 2]]);
  });

  it('says in French what is wrong with a file that is not commune contours', () => {
    expect(failureOf(() => parseContours('pas du json')).message).toMatch(/pas du JSON/);
    expect(failureOf(() => parseContours('{"type":"Feature"}')).message).toMatch(/FeatureCollection/);
    expect(
      failureOf(() =>
        parseContours(
          collection([{ properties: { code: '86078' }, geometry: { type: 'Point', coordinates: [0, 0] } }]),
        ),
      ).message,
    ).toMatch(/aucun polygone/);
    expect(
      failureOf(() =>
        parseContours(
          collection([
            { properties: { nom: 'Civray' }, geometry: { type: 'Polygon', coordinates: square(0, 46) } },
          ]),
        ),
      ).message,
    ).toMatch(/Aucun code de commune/);
  });
});

describe('matching contours with the territory', () => {
  it('knows which current commune an old code belongs to (communes nouvelles)', () => {
    expect(currentCodeOf('86043')).toBe('86082'); // Ceaux-en-Couhé → Valence-en-Poitou
    expect(currentCodeOf('86231')).toBe('86247'); // Saint-Macoux → Saint-Saviol
    expect(currentCodeOf('86078')).toBe('86078'); // Civray, unchanged
  });

  it('gives a commune nouvelle the polygons of all its old communes, and counts the rest', () => {
    const features: ContourFeature[] = [
      { code: '86082', polygons: [square(0.18, 46.3)] }, // Couhé, whose code Valence-en-Poitou kept
      { code: '86043', polygons: [square(0.2, 46.3)] }, // Ceaux-en-Couhé
      { code: '86278', polygons: [square(0.22, 46.3)] }, // Vaux
      { code: '86078', polygons: [square(0.29, 46.15)] },
      { code: '86194', polygons: [square(0.34, 46.58)] }, // Poitiers: not in the territory
    ];
    const match = matchContours(features, ['86078', '86082', '86247'], currentCodeOf);
    expect(match.polygonsByCode.get('86082')).toHaveLength(3);
    expect(match.polygonsByCode.get('86078')).toHaveLength(1);
    expect(match.missingCodes).toEqual(['86247']);
    expect(match.outsideCount).toBe(1);
    expect(match.mergedOldCodes).toBe(2);
  });
});

describe('keeping contours light', () => {
  it('rounds to 5 decimals, drops points closer than about 20 m and keeps the ring closed', () => {
    const ring = [
      [0.1000001, 46.1000001],
      [0.10001, 46.10001], // about 1 m away: dropped
      [0.11, 46.1],
      [0.11, 46.11],
      [0.1, 46.11],
      [0.1000001, 46.1000001],
    ];
    expect(simplifyRing(ring)).toEqual([
      [0.1, 46.1],
      [0.11, 46.1],
      [0.11, 46.11],
      [0.1, 46.11],
      [0.1, 46.1],
    ]);
  });

  it('never leaves a ring with fewer than 4 points', () => {
    const tiny = [
      [0.1, 46.1],
      [0.10001, 46.1],
      [0.10001, 46.10001],
      [0.1, 46.1],
    ];
    expect(simplifyRing(tiny).length).toBeGreaterThanOrEqual(4);
  });

  it('turns round outlines wound the other way, so that d3 sees a commune and not the whole globe', () => {
    const counterClockwise = square(0.3, 46.1);
    const fixed = windForD3(counterClockwise);
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeLessThan(0.001);
    expect(windForD3(fixed)).toEqual(fixed);
  });
});
