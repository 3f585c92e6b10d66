import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseContours, type ContourFeature, type Polygon } from '../../electron/backend/map/geojson';
import { matchContours } from '../../electron/backend/map/matchContours';
import { currentCodeOf } from '../../electron/backend/map/oldCodes';
import { simplifyContours, simplifyRing } from '../../electron/backend/map/simplify';
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

  it('keeps a thinned ring faithful: points straying more than about 20 m from the line stay', () => {
    const bump = [
      [0.1, 46.1],
      [0.105, 46.1003], // about 33 m off the line: kept
      [0.11, 46.1],
      [0.11, 46.11],
      [0.1, 46.11],
      [0.1, 46.1],
    ];
    expect(simplifyRing(bump)).toContainEqual([0.105, 46.1003]);
  });

  it('turns round outlines wound the other way, so that d3 sees a commune and not the whole globe', () => {
    const counterClockwise = square(0.3, 46.1);
    const fixed = windForD3(counterClockwise);
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeLessThan(0.001);
    expect(windForD3(fixed)).toEqual(fixed);
  });
});

describe('thinning neighbouring communes together', () => {
  const roundTo5 = (value: number) => Math.round(value * 1e5) / 1e5;
  /** A border from (lon, 46.0) to (lon, 46.1), wobbling by a few metres and sometimes by 60 m. */
  const noisyBorder = (lon: number): number[][] =>
    Array.from({ length: 101 }, (_, i) => [
      roundTo5(lon + (i % 10 === 5 ? 0.0008 : (i % 3) * 0.00002)),
      roundTo5(46 + i * 0.001),
    ]);
  const keys = (ring: number[][]) => new Set(ring.map((p) => `${p[0]},${p[1]}`));
  const shared = (a: number[][], b: number[][]) => {
    const inB = keys(b);
    return [...keys(a)].filter((key) => inB.has(key)).sort();
  };
  /** West commune, its east border noisy; east commune along the same border, run the other way. */
  const border = noisyBorder(0.1);
  const west = [[0, 46], ...border, [0, 46.1], [0, 46]];
  const east = [...[...border].reverse(), [0.2, 46], [0.2, 46.1]];
  const eastRing = [[0.2, 46.1], ...east.slice(0, -1), [0.2, 46.1]];
  const north = [
    [0, 46.1],
    [0.2, 46.1],
    [0.2, 46.2],
    [0, 46.2],
    [0, 46.1],
  ];
  // The north commune meets both along their top edge; its ring holds the junction point of the border.
  const northRing = [[0, 46.1], [border[100]![0]!, 46.1], ...north.slice(1)];

  it('keeps the same points on both sides of a shared border, so that no gap opens between them', () => {
    const result = simplifyContours(
      new Map([
        ['86001', [[west]]],
        ['86002', [[eastRing]]],
        ['86003', [[northRing]]],
      ]),
    );
    const a = result.get('86001')![0]![0]!;
    const b = result.get('86002')![0]![0]!;
    const c = result.get('86003')![0]![0]!;
    const borderBefore = shared(west, eastRing);
    const borderAfter = shared(a, b);
    // Thinned: the wobbles of a few metres are gone, the 60 m bumps stay, the ends are kept.
    expect(borderAfter.length).toBeLessThan(borderBefore.length / 2);
    expect(borderAfter).toContain('0.1008,46.005');
    expect(borderAfter).toContain('0.1,46');
    // Every point of the border kept on one side is kept on the other: the same line.
    const onBorderA = [...keys(a)].filter((key) => borderBefore.includes(key)).sort();
    const onBorderB = [...keys(b)].filter((key) => borderBefore.includes(key)).sort();
    expect(onBorderA).toEqual(onBorderB);
    // The point where three communes meet is kept by all three.
    const junction = `${border[100]![0]},46.1`;
    for (const ring of [a, b, c]) expect(keys(ring).has(junction)).toBe(true);
    // Rings stay closed.
    for (const ring of [a, b, c]) expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('is what thinning each commune on its own failed to do', () => {
    const borderBefore = shared(west, eastRing);
    const alone = (ring: number[][]) =>
      [...keys(simplifyRing(ring))].filter((key) => borderBefore.includes(key)).sort();
    expect(alone(west)).not.toEqual(alone(eastRing));
  });
});
