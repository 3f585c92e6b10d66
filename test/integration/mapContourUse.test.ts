import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { contourUseText } from '../../shared/map/contourUse';
import { callOk } from './support/callOk';
import { waitForImport } from './support/importJob';
import { useTempDir } from './support/tempDir';

/**
 * The map says how much of a contours file it uses, after the import and on the screen afterwards, and it
 * places old commune codes exactly where the import of places does (one history of codes for both).
 */

const tempDir = useTempDir();
const VIENNE = readFileSync(join(__dirname, '../fixtures/geo/communes-86-vienne-2018.geojson'));
const CIVRAISIEN = '200070035';
let backend: Backend | null = null;
let databasePath = '';

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);
const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');

async function open(): Promise<void> {
  await backend?.close();
  backend = createBackend({ databasePath, clock: frozenClock('2026-04-05T10:00:00Z') });
}

async function onCivraisien(): Promise<void> {
  databasePath = join(tempDir(), 'maillage.sqlite');
  await open();
  await ok('territory.choose', { siren: CIVRAISIEN });
}

/** A few features of the Vienne file (by code), plus whatever the test adds. */
function vienneFeatures(codes: string[]): { type: string; properties: Record<string, unknown> }[] {
  const all = (JSON.parse(VIENNE.toString('utf8')) as { features: { properties: { code: string } }[] })
    .features;
  return codes.map((code) => all.find((feature) => feature.properties.code === code)!) as never;
}

describe('the contours used and left out', () => {
  it('are said after the import, on the map afterwards, and still after the app is reopened', async () => {
    await onCivraisien();
    const report = await ok('map.importContours', { contentBase64: base64(VIENNE) });
    // 274 features: the 35 communes of the Civraisien, 5 of them also under old codes (Valence-en-Poitou,
    // Saint-Saviol), and 234 communes of the rest of the Vienne.
    expect(report.use).toMatchObject({
      usedCount: 40,
      mergedOldCodes: 5,
      leftOut: [{ reason: 'outside', count: 234 }],
    });
    expect(contourUseText(report.use)).toBe(
      '40\u00a0contours utilisés (dont 5\u00a0anciennes communes rattachées à leur commune nouvelle), 234\u00a0laissés de côté (234\u00a0hors du territoire).',
    );

    expect((await ok('map.svg', {})).contourUse).toEqual(report.use);
    await open();
    expect((await ok('map.svg', {})).contourUse).toEqual(report.use);
  });

  it('names each reason: another commune, a code no commune ever had, no code, no polygon', async () => {
    await onCivraisien();
    const [civray, poitiers] = vienneFeatures(['86078', '86194']);
    const file = {
      type: 'FeatureCollection',
      features: [
        civray,
        poitiers,
        { ...civray, properties: { code: '86999', nom: 'Commune imaginaire' } },
        { ...civray, properties: { nom: 'Sans code' } },
        {
          type: 'Feature',
          properties: { code: '86078' },
          geometry: { type: 'Point', coordinates: [0.3, 46.15] },
        },
      ],
    };
    const report = await ok('map.importContours', { contentBase64: base64(JSON.stringify(file)) });
    expect(report.use.usedCount).toBe(1);
    expect(report.use.leftOut).toEqual([
      { reason: 'outside', count: 1 },
      { reason: 'unknownCode', count: 1 },
      { reason: 'noCode', count: 1 },
      { reason: 'noPolygon', count: 1 },
    ]);
    expect(contourUseText(report.use)).toBe(
      '1\u00a0contour utilisé, 4\u00a0laissés de côté (1\u00a0hors du territoire, 1\u00a0sous un code de commune inconnu, 1\u00a0sans code de commune, 1\u00a0sans polygone).',
    );
  });

  it('are no longer claimed once the stored contours come from elsewhere (a backup restored)', async () => {
    await onCivraisien();
    await ok('map.importContours', { contentBase64: base64(VIENNE) });
    // Contours stored at another time than the figures kept: as after restoring an older backup.
    backend!.ctx.sqlite.prepare("UPDATE commune_contour SET imported_at = '2025-01-01T00:00:00.000Z'").run();
    const map = await ok('map.svg', {});
    expect(map.contourUse).toBeNull();
    expect(map.contourCount).toBe(35);
  });
});

describe('the figures of the contours, kept in the database (migration 014)', () => {
  it('come back with their contours when a backup is restored', async () => {
    await onCivraisien();
    const first = await ok('map.importContours', { contentBase64: base64(VIENNE) });
    const saved = await ok('backups.create', {});
    // Another file later: only two communes of the Civraisien, one other commune of the Vienne.
    const smaller = { type: 'FeatureCollection', features: vienneFeatures(['86078', '86082', '86194']) };
    backend!.ctx.clock = frozenClock('2026-04-06T10:00:00Z');
    const second = await ok('map.importContours', { contentBase64: base64(JSON.stringify(smaller)) });
    expect(second.use).toMatchObject({ usedCount: 2, leftOut: [{ reason: 'outside', count: 1 }] });
    expect((await ok('map.svg', {})).contourUse).toEqual(second.use);

    await ok('backups.restore', { name: saved.name });
    const map = await ok('map.svg', {});
    expect(map.contourCount).toBe(35);
    expect(map.contourUse).toEqual(first.use);
    // Nothing beside the database any more.
    expect(existsSync(`${databasePath}.contours.json`)).toBe(false);
  });

  it('adopt once the file an earlier version wrote beside the database, and remove it', async () => {
    await onCivraisien();
    const report = await ok('map.importContours', { contentBase64: base64(VIENNE) });
    // As an earlier version left the database: the figures in `<base>.contours.json`, none inside.
    backend!.ctx.sqlite.prepare('DELETE FROM contour_use').run();
    writeFileSync(`${databasePath}.contours.json`, JSON.stringify(report.use));
    await open();
    expect(existsSync(`${databasePath}.contours.json`)).toBe(false);
    expect((await ok('map.svg', {})).contourUse).toEqual(report.use);
    await open();
    expect((await ok('map.svg', {})).contourUse).toEqual(report.use);
  });

  it('ignore a file left beside the database that describes other contours', async () => {
    await onCivraisien();
    const report = await ok('map.importContours', { contentBase64: base64(VIENNE) });
    backend!.ctx.sqlite.prepare('DELETE FROM contour_use').run();
    writeFileSync(
      `${databasePath}.contours.json`,
      JSON.stringify({ ...report.use, usedCount: 3, importedAt: '2025-01-01T00:00:00.000Z' }),
    );
    await open();
    expect(existsSync(`${databasePath}.contours.json`)).toBe(false);
    expect((await ok('map.svg', {})).contourUse).toBeNull();
  });
});

describe('old commune codes, on the map and in an import', () => {
  it('go to the same commune nouvelle: places under old codes sit in the contours drawn from those codes', async () => {
    await onCivraisien();
    await ok('map.importContours', { contentBase64: base64(VIENNE) });
    // Ceaux-en-Couhé, Châtillon, Payré, Vaux (now Valence-en-Poitou) and Saint-Macoux (now Saint-Saviol).
    const oldCodes = ['86043', '86067', '86188', '86278', '86231'];
    const csv = ['nom;code_insee', ...oldCodes.map((code) => `Lieu ${code};${code}`)].join('\n');
    const input = { fileName: 'anciens-codes.csv', contentBase64: base64(csv) };
    const preview = await ok('import.preview', input);
    expect(preview.counts).toMatchObject({ total: 5, create: 5, outside: 0, rejected: 0 });
    expect((await waitForImport(backend!, await ok('import.start', input))).state).toBe('done');

    const list = await ok('actors.list', { limit: 10 });
    const communes = await Promise.all(
      list.items.map(async (item) => (await ok('actors.get', { id: item.id })).communeCode),
    );
    expect(communes.sort()).toEqual(['86082', '86082', '86082', '86082', '86247']);
    // Drawn at the centre of those communes' contours, which hold the old communes' outlines.
    const map = await ok('map.svg', {});
    expect(map.summary).toMatchObject({
      placeCount: 5,
      communesWithPlaces: 2,
      approximateCount: 5,
      unplacedCount: 0,
    });
  });
});
