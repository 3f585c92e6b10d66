import { describe, expect, it } from 'vitest';
import { checkCoordinates } from '../../../electron/backend/interop/import/coordinateCheck';
import type { Polygon } from '../../../electron/backend/map/geojson';

const MANSLE = { code: '16206', name: 'Mansle-les-Fontaines' };
const VALENCE = { code: '16392', name: 'Valence' };
const NO_CONTOURS = new Map<string, Polygon[]>();
/** A made-up square of about 5 km around Valence (Charente), wound as d3-geo reads it. */
const VALENCE_SQUARE: Polygon = [
  [
    [0.27, 45.87],
    [0.27, 45.92],
    [0.33, 45.92],
    [0.33, 45.87],
    [0.27, 45.87],
  ],
];
const CONTOURS = new Map([['16392', [VALENCE_SQUARE]]]);

describe('checking a place’s coordinates against its commune', () => {
  it('accepts a point in its commune, or within the tolerance of its contour', () => {
    expect(checkCoordinates(45.8757, 0.1789, MANSLE, NO_CONTOURS).warning).toBeNull();
    expect(checkCoordinates(45.9, 0.3, VALENCE, CONTOURS).warning).toBeNull();
    expect(checkCoordinates(45.98, 0.3, VALENCE, CONTOURS).warning).toBeNull(); // ~7 km north
  });

  it('puts back latitude and longitude written the wrong way round, and says so', () => {
    expect(checkCoordinates(0.1789, 45.8757, MANSLE, NO_CONTOURS)).toEqual({
      latitude: 45.8757,
      longitude: 0.1789,
      warning:
        'Latitude et longitude inversées (0,179\u00a0; 45,876)\u00a0: remises dans l’ordre pour Mansle-les-Fontaines (16206).',
    });
  });

  it('leaves out an overseas point under a mainland commune', () => {
    // Nouméa's coordinates under a Charente INSEE code.
    const check = checkCoordinates(-22.2758, 166.458, MANSLE, NO_CONTOURS);
    expect(check).toMatchObject({ latitude: null, longitude: null });
    expect(check.warning).toBe(
      'Coordonnées (-22,276\u00a0; 166,458) hors de la France métropolitaine, où se trouve Mansle-les-Fontaines (16206)\u00a0: laissées vides, le lieu n’est pas placé sur la carte. Vérifiez l’adresse ou la commune.',
    );
  });

  it('leaves out a point more than 30 km from its commune’s contour (the bus stop geocoded near Marseille)', () => {
    const check = checkCoordinates(43.451334, 5.411872, VALENCE, CONTOURS);
    expect(check).toMatchObject({ latitude: null, longitude: null });
    expect(check.warning).toMatch(
      /^Coordonnées \(43,451\u00a0; 5,412\) à 4\d\d\u00a0km de Valence \(16392\)\u00a0:/,
    );
  });
});
