import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';
import { waitForImport } from './support/importJob';
import { uploadInPieces } from './support/uploadInPieces';

/**
 * The window sends a file in pieces (`uploads.open`, `uploads.append`), then names it by its id: what the
 * import, the indicators and the map read must be the file, byte for byte, whatever the order its pieces
 * arrive in, and a piece that does not fit (twice, too long, missing) is refused in French instead of giving
 * a different file.
 */

const tempDir = useTempDir();
const GRAND_REIMS = '200067213';
const EXAMPLE = readFileSync(join(__dirname, '../fixtures/import/standard-v1-exemple-valide.csv'));
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);
const refusal = async <M extends ApiMethod>(method: M, input: ApiInput<M>) => {
  const result = await backend!.router.dispatch(method, input);
  if (result.ok) throw new Error(`${method} aurait dû être refusé`);
  return result.error.message;
};

async function openOnGrandReims(): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await ok('territory.choose', { siren: GRAND_REIMS });
}

describe('a file sent in pieces', () => {
  it('is read exactly as the same file sent whole, accents cut between two pieces included', async () => {
    await openOnGrandReims();
    // Pieces of 7 bytes: many of the file's two-byte letters (é, è…) are cut between two pieces.
    const uploadId = await uploadInPieces(backend!, EXAMPLE, 7);
    const inPieces = await ok('import.preview', { fileName: 'lieux.csv', uploadId });
    const whole = await ok('import.preview', {
      fileName: 'lieux.csv',
      contentBase64: EXAMPLE.toString('base64'),
    });
    expect(inPieces).toEqual(whole);
    expect(inPieces.counts.create).toBe(1);
    expect(inPieces.mojibake).toBeNull();

    const job = await waitForImport(backend!, await ok('import.start', { fileName: 'lieux.csv', uploadId }));
    expect(job.state).toBe('done');
    const names = backend!.ctx.sqlite.prepare('SELECT name FROM actor').all() as { name: string }[];
    expect(names.map((row) => row.name)).toEqual(['Anonymal']);
  });

  it('puts pieces arriving out of order where they belong, and refuses a piece twice or beyond the end', async () => {
    await openOnGrandReims();
    const piece = 100;
    const { uploadId } = await ok('uploads.open', { size: EXAMPLE.length });
    const offsets = Array.from({ length: Math.ceil(EXAMPLE.length / piece) }, (_, i) => i * piece).reverse();
    const send = (offset: number) => ({
      uploadId,
      offset,
      chunkBase64: EXAMPLE.subarray(offset, offset + piece).toString('base64'),
    });
    for (const offset of offsets.slice(0, -1)) await ok('uploads.append', send(offset));
    // Everything but the first piece: not whole yet.
    expect(await refusal('import.preview', { fileName: 'lieux.csv', uploadId })).toBe(
      'Le fichier n’est pas arrivé en entier\u00a0: choisissez-le de nouveau.',
    );
    expect(await refusal('uploads.append', send(piece))).toBe(
      'Une partie du fichier est arrivée deux fois\u00a0: choisissez-le de nouveau.',
    );
    const ending = {
      uploadId,
      offset: EXAMPLE.length - 2,
      chunkBase64: Buffer.from('abc').toString('base64'),
    };
    expect(await refusal('uploads.append', ending)).toBe(
      'Le fichier reçu est plus long qu’annoncé\u00a0: choisissez-le de nouveau.',
    );
    expect(await refusal('uploads.append', { ...send(0), chunkBase64: 'pas du base64 !' })).toMatch(
      /illisible/,
    );
    await ok('uploads.append', send(0));
    const inDisorder = await ok('import.preview', { fileName: 'lieux.csv', uploadId });
    const whole = await ok('import.preview', {
      fileName: 'lieux.csv',
      contentBase64: EXAMPLE.toString('base64'),
    });
    expect(inDisorder).toEqual(whole);
  });

  it('refuses an empty or too large file before any piece, and a file named both ways or neither', async () => {
    await openOnGrandReims();
    expect(await refusal('uploads.open', { size: 0 })).toMatch(/Le fichier est vide/);
    expect(await refusal('uploads.open', { size: 65 * 1024 * 1024 })).toMatch(/dépasse 64\u00a0Mo/);
    const uploadId = await uploadInPieces(backend!, EXAMPLE);
    const both = { fileName: 'lieux.csv', uploadId, contentBase64: EXAMPLE.toString('base64') };
    expect(await refusal('import.preview', both)).toMatch(/Choisissez le fichier/);
    expect(await refusal('import.preview', { fileName: 'lieux.csv' })).toMatch(/Choisissez le fichier/);
  });

  it('keeps the three latest files: an older one must be chosen again', async () => {
    await openOnGrandReims();
    const oldest = await uploadInPieces(backend!, EXAMPLE);
    for (let n = 0; n < 3; n++) await uploadInPieces(backend!, EXAMPLE);
    expect(await refusal('import.preview', { fileName: 'lieux.csv', uploadId: oldest })).toBe(
      'Ce fichier n’est plus en mémoire\u00a0: choisissez-le de nouveau.',
    );
  });

  it('carries the indicators and the map’s contours too', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    await ok('territory.choose', { siren: '200070035' });
    const ifn = readFileSync(join(__dirname, '../fixtures/diagnostic/ifn-civraisien.csv'));
    const report = await ok('indicators.preview', {
      fileName: 'ifn.csv',
      kind: 'ifn',
      uploadId: await uploadInPieces(backend!, ifn, 1000),
    });
    expect(report.rowsRead).toBe(39);
    const contours = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '86078', nom: 'Civray' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0.27, 46.13],
                [0.32, 46.13],
                [0.32, 46.17],
                [0.27, 46.13],
              ],
            ],
          },
        },
      ],
    };
    const imported = await ok('map.importContours', {
      fileName: 'contours.geojson',
      uploadId: await uploadInPieces(backend!, Buffer.from(JSON.stringify(contours))),
    });
    expect(imported.matchedCount).toBe(1);
  });
});
