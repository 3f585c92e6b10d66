import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ImportPreviewDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '../fixtures/import');
const COEUR_DE_CHARENTE = '200072023';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

function open(): void {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
}

async function preview(siren: string, name: string): Promise<ImportPreviewDto> {
  open();
  const chosen = await backend!.router.dispatch('territory.choose', { siren });
  if (!chosen.ok) throw new Error(chosen.error.message);
  const content = readFileSync(join(FIXTURES, name)).toString('base64');
  const result = await backend!.router.dispatch('import.preview', { fileName: name, contentBase64: content });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ImportPreviewDto;
}

describe('a Charente file written with the communes of before the mergers, into the CC Cœur de Charente', () => {
  it('places communes déléguées, abbreviations and wrong postcodes in today’s communes, and says how', async () => {
    const report = await preview(COEUR_DE_CHARENTE, 'charente-communes-anciennes.csv');
    // Before: 6 of 9 rows « hors du territoire » (Mansle, Vars, Montignac-Charente, Luxé under 16140…).
    expect(report.counts).toMatchObject({ total: 9, create: 7, rejected: 0, outside: 2 });
    expect(report.outside.map((problem) => problem.line)).toEqual([9, 10]);
    expect(report.outside[0]!.reason).toBe(
      'Commune «\u00a016510 Verteuil s/Charente\u00a0» (Verteuil-sur-Charente, 16400) hors du territoire.',
    );
    const notes = report.warnings.map((w) => `${w.line} ${w.field} ${w.reason}`);
    expect(notes).toEqual([
      '2 commune «\u00a0Mansle\u00a0» (commune déléguée) lu comme Mansle-les-Fontaines (16206).',
      '3 commune «\u00a0VARS\u00a0» (commune déléguée) lu comme La Boixe (16393).',
      '4 commune «\u00a0Montignac-Charente\u00a0» (commune déléguée) lu comme La Boixe (16393).',
      '5 commune Code postal 16140 (CEDEX ou code d’une autre commune)\u00a0: «\u00a0Luxé\u00a0» lu comme Luxé (16196) d’après le nom de la commune.',
    ]);
  });

  it('keeps off the map the bus stop geocoded near Marseille, and says why on its line', async () => {
    open();
    const chosen = await backend!.router.dispatch('territory.choose', { siren: COEUR_DE_CHARENTE });
    if (!chosen.ok) throw new Error(chosen.error.message);
    // A made-up contour of about 5 km around Valence (16392), the only one of the territory here.
    const valence = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '16392', nom: 'Valence' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0.27, 45.87],
                [0.33, 45.87],
                [0.33, 45.92],
                [0.27, 45.92],
                [0.27, 45.87],
              ],
            ],
          },
        },
      ],
    };
    const contours = await backend!.router.dispatch('map.importContours', {
      contentBase64: Buffer.from(JSON.stringify(valence)).toString('base64'),
    });
    if (!contours.ok) throw new Error(contours.error.message);
    const content = readFileSync(join(FIXTURES, 'bus-france-services-charente.json')).toString('base64');
    const result = await backend!.router.dispatch('import.preview', {
      fileName: 'bus.json',
      contentBase64: content,
    });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.data as ImportPreviewDto;
    const coordinates = report.warnings.filter((warning) => warning.field === 'latitude');
    expect(coordinates).toHaveLength(1);
    expect(coordinates[0]!.line).toBe(4);
    expect(coordinates[0]!.reason).toMatch(
      /^Coordonnées \(43,451\u00a0; 5,412\) à 4\d\d\u00a0km de Valence \(16392\)\u00a0: laissées vides/,
    );
    expect(report.counts).toMatchObject({ total: 12, outside: 3, rejected: 0 });
  });

  it('keeps the 9 stops of the itinerant bus that are on the territory, and only those', async () => {
    // The real file of the Bus France Services de Charente (Emmaüs Ruffec): 12 stops, 3 in the CC Val de Charente.
    const report = await preview(COEUR_DE_CHARENTE, 'bus-france-services-charente.json');
    expect(report.counts).toMatchObject({ total: 12, outside: 3, rejected: 0 });
    expect(report.outside.map((problem) => problem.reason)).toEqual([
      'Code INSEE 16242 (Nanteuil-en-Vallée) hors du territoire.',
      'Code INSEE 16142 (La Forêt-de-Tessé) hors du territoire.',
      'Code INSEE 16400 (Verteuil-sur-Charente) hors du territoire.',
    ]);
  });
});
