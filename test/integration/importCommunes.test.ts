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

async function preview(siren: string, name: string): Promise<ImportPreviewDto> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  const chosen = await backend.router.dispatch('territory.choose', { siren });
  if (!chosen.ok) throw new Error(chosen.error.message);
  const content = readFileSync(join(FIXTURES, name)).toString('base64');
  const result = await backend.router.dispatch('import.preview', { fileName: name, contentBase64: content });
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
      '5 commune Code postal 16140 (CEDEX ou code d’une autre commune) : «\u00a0Luxé\u00a0» lu comme Luxé (16196) d’après le nom de la commune.',
    ]);
  });

  it('keeps the 9 stops of the itinerant bus that are on the territory, and only those', async () => {
    // The real file of the Bus France Services de Charente (Emmaüs Ruffec): 12 stops, 3 in the CC Val de Charente.
    const report = await preview(COEUR_DE_CHARENTE, 'bus-france-services-charente.json');
    expect(report.counts).toMatchObject({ total: 12, outside: 3, rejected: 0 });
    expect(report.outside.map((problem) => problem.reason)).toEqual([
      'Code INSEE 16242 hors du territoire.',
      'Code INSEE 16142 hors du territoire.',
      'Code INSEE 16400 hors du territoire.',
    ]);
  });
});
