import { describe, expect, it } from 'vitest';
import { communeCentroids, positionOf } from '../../electron/backend/map/mapPoints';
import { windForD3 } from '../../electron/backend/map/importContours';
import { legendOf } from '../../electron/backend/map/mapLegend';

const square = (lon: number, lat: number, size: number): number[][][] =>
  windForD3([
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ]);

const row = {
  placeCommune: '86078',
  actorCommune: '86082',
  placeLat: null,
  placeLng: null,
  actorLat: null,
  actorLng: null,
};

describe('where a place goes on the map', () => {
  const centroids = communeCentroids(
    new Map([
      ['86078', [square(0.2, 46.0, 0.2)]],
      ['86082', [square(1, 47, 0.1), square(1.2, 47, 0.1)]],
    ]),
  );

  it('uses the place’s coordinates, else its actor’s', () => {
    expect(
      positionOf({ ...row, placeLat: 46.15, placeLng: 0.29, actorLat: 1, actorLng: 1 }, centroids),
    ).toEqual({
      position: [0.29, 46.15],
      approximate: false,
      misplaced: false,
    });
    expect(positionOf({ ...row, actorLat: 46.3, actorLng: 0.18 }, centroids)).toEqual({
      position: [0.18, 46.3],
      approximate: false,
      misplaced: false,
    });
  });

  it('falls back on the centre of the commune’s contour, marked approximate', () => {
    const { position, approximate } = positionOf(row, centroids);
    expect(approximate).toBe(true);
    expect(position?.[0]).toBeCloseTo(0.3, 2);
    expect(position?.[1]).toBeCloseTo(46.1, 2);
    // The centre of a commune made of two old ones lies between them.
    const merged = positionOf({ ...row, placeCommune: null }, centroids);
    expect(merged.position?.[0]).toBeCloseTo(1.15, 2);
  });

  it('leaves out a place with no coordinates and no commune with a contour', () => {
    expect(positionOf({ ...row, placeCommune: '99999', actorCommune: null }, centroids)).toEqual({
      position: null,
      approximate: false,
      misplaced: false,
    });
  });

  it('never draws coordinates that do not fit the commune: the place goes to its centre, marked misplaced', () => {
    // Only points within 0.5° of Civray's square fit it, as `coordinatesFit` would say with 30 km.
    const fits = (lat: number, lon: number, code: string) =>
      code === '86078' && Math.abs(lat - 46.1) < 0.5 && Math.abs(lon - 0.3) < 0.5;
    // The place's own point near Marseille: its actor's point is not used either, the commune's centre is.
    const far = positionOf(
      { ...row, placeLat: 43.45, placeLng: 5.41, actorLat: 46.1, actorLng: 0.3 },
      centroids,
      fits,
    );
    expect(far).toMatchObject({ approximate: true, misplaced: true });
    expect(far.position?.[0]).toBeCloseTo(0.3, 2);
    expect(far.position?.[1]).toBeCloseTo(46.1, 2);
    // Latitude and longitude swapped: not drawn at (46.1, 0.3) read the wrong way round either.
    expect(positionOf({ ...row, placeLat: 0.3, placeLng: 46.1 }, centroids, fits)).toMatchObject({
      approximate: true,
      misplaced: true,
    });
    // Without a contour for the commune, a misplaced place is not drawn at all.
    expect(
      positionOf({ ...row, placeCommune: '99999', placeLat: 43.45, placeLng: 5.41 }, centroids, fits),
    ).toEqual({ position: null, approximate: false, misplaced: true });
    // A point that fits is drawn where it is.
    expect(positionOf({ ...row, placeLat: 46.15, placeLng: 0.29 }, centroids, fits)).toEqual({
      position: [0.29, 46.15],
      approximate: false,
      misplaced: false,
    });
  });
});

describe('the legend', () => {
  it('colours by role with French labels, a place of mediation first', () => {
    const { categories, keyOfPoint } = legendOf(
      [
        { roles: ['prescripteur', 'lieu_mediation'], typologies: [] },
        { roles: ['operateur'], typologies: [] },
        { roles: [], typologies: [] },
      ],
      'role',
    );
    expect(categories.map((c) => c.label)).toEqual(['Lieu de médiation', 'Opérateur', 'Non renseigné']);
    expect(keyOfPoint).toEqual(['lieu_mediation', 'operateur', '__aucun']);
  });

  it('keeps at most 7 colours for typologies and groups the rest under « Autres »', () => {
    const codes = ['BIB', 'CCAS', 'MAIRIE', 'ASSO', 'CAF', 'CAF', 'MDS', 'PE', 'CD', 'CS'];
    const { categories } = legendOf(
      codes.map((code) => ({ roles: [], typologies: [code] })),
      'typology',
    );
    expect(categories).toHaveLength(7);
    expect(categories[0]?.key).toBe('CAF');
    expect(categories[0]?.label).toBe('Caisses d’allocation familiale (CAF)');
    expect(categories.at(-1)).toMatchObject({ label: 'Autres', count: 3 });
    expect(new Set(categories.map((c) => c.color)).size).toBe(7);
  });
});
