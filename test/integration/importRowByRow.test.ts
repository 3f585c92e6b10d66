import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { readTable } from '../../electron/backend/interop/lieux-mediation/readTable';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';
import { standardCsv } from './support/standardCsv';

/**
 * The preview reads a file record by record and guesses its columns from the first 500: a long file must be
 * reported exactly as if it were read whole. Lines are counted past the guess, a bad row far down is named by
 * its line, and a file cut in the middle of its last line still has that line set aside and reported.
 */

const tempDir = useTempDir();
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const preview = (csv: string) =>
  callOk(backend!, 'import.preview', {
    fileName: 'lieux.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
  });

describe('a long file previewed row by row', () => {
  it('counts every row, names a bad row past the first 500 by its line, and sets a cut last line aside', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    await callOk(backend, 'territory.choose', { siren: '200070035' });
    const lines = standardCsv(1_200).split('\n');
    // Line 901 of the file (row 900): no name. Then a blank line, which is not a row.
    lines[900] = lines[900]!.replace('Lieu numéro 899', '');
    lines.splice(1_000, 0, '');
    // The file stops in the middle of its last row (no line break after it).
    const cut = lines.join('\n').slice(0, -40);

    const report = await preview(cut);
    expect(report.counts).toMatchObject({ total: 1_200, create: 1_198, rejected: 2 });
    expect(report.rejected.map((problem) => problem.line)).toEqual([901, 1_202]);
    expect(report.rejected[1]!.reason).toMatch(/s’arrête au milieu de cette ligne/);
    expect(report.sampleRows.map((row) => row[2])).toEqual([0, 1, 2, 3, 4].map((n) => `Lieu numéro ${n}`));

    // The same file read whole: the same rows, the cut one aside.
    const whole = readTable(cut);
    expect(whole.records).toHaveLength(1_199);
    expect(whole.truncatedLine).toBe(1_202);
    expect(report.mapping.name).toBe('nom');
  });
});
