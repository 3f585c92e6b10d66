import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { uncoveredOverseasSentence } from '../../shared/territory/uncoveredOverseas';
import { callOk } from './support/callOk';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';

/**
 * Issue 14, items 2 and 8, through the whole import: a row of Nouvelle-Calédonie is out of the territory with
 * the sentence that says why, and a place with Nouméa's coordinates under a Puy-de-Dôme INSEE code is kept
 * without them, never drawn in the Pacific nor counted as placed.
 */

const tempDir = useTempDir();
const CLERMONT_METROPOLE = '246300701';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

describe('a file with places of Nouvelle-Calédonie, into Clermont Auvergne Métropole', () => {
  it('says that Nouvelle-Calédonie is not covered, and keeps Nouméa’s coordinates off a Clermont place', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    await callOk(backend, 'territory.choose', { siren: CLERMONT_METROPOLE });
    const csv = [
      'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude',
      'nc-1,Espace numérique de Nouméa,Nouméa,98800,98818,1 rue de l’Alma,-22.2758,166.458',
      'pdd-1,Médiathèque de Jaude,Clermont-Ferrand,63000,63113,Place de Jaude,-22.2758,166.458',
      'pdd-2,Maison du numérique,Clermont-Ferrand,63000,63113,Rue Ballainvilliers,45.7772,3.0870',
    ].join('\n');
    const preview = await callOk(backend, 'import.preview', {
      fileName: 'lieux.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(preview.counts).toMatchObject({ total: 3, create: 2, outside: 1, rejected: 0 });
    expect(preview.outside).toEqual([
      { line: 2, field: null, reason: uncoveredOverseasSentence('la Nouvelle-Calédonie') },
    ]);
    expect(preview.warnings.filter((w) => w.field === 'latitude').map((w) => w.line)).toEqual([3]);
    expect(preview.warnings.find((w) => w.line === 3)!.reason).toMatch(
      /^Coordonnées \(-22,276\u00a0; 166,458\) hors de la France métropolitaine, où se trouve Clermont-Ferrand \(63113\)\u00a0: laissées vides/,
    );

    const input = { fileName: 'lieux.csv', contentBase64: Buffer.from(csv).toString('base64') };
    expect((await waitForImport(backend, await callOk(backend, 'import.start', input))).state).toBe('done');
    const stored = backend.ctx.sqlite
      .prepare('SELECT name, commune_code, latitude, longitude FROM place ORDER BY external_id')
      .all();
    expect(stored).toEqual([
      { name: 'Médiathèque de Jaude', commune_code: '63113', latitude: null, longitude: null },
      { name: 'Maison du numérique', commune_code: '63113', latitude: 45.7772, longitude: 3.087 },
    ]);
    // On the map (no contours yet): the one geolocated place is drawn; the other is not drawn in the
    // Pacific, and is still counted as a place of Clermont-Ferrand.
    const map = await callOk(backend, 'map.svg', {});
    expect(map.summary).toMatchObject({
      placeCount: 2,
      communesWithPlaces: 1,
      unplacedCount: 1,
      misplacedCount: 0,
    });
    expect(map.svg!.match(/<circle [^>]*data-actor-id=/g)).toHaveLength(1);
  });
});
