import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { onImportWriteStart } from '../../electron/backend/interop/import/importJob';
import { useTempDir } from './support/tempDir';
import { standardCsv } from './support/standardCsv';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

const tempDir = useTempDir();
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

/**
 * The engine has one SQLite connection: a statement run while the import's transaction is open would join
 * it. The import therefore writes within one turn of the event loop: a macrotask (a message, a timer, I/O)
 * never runs between its BEGIN and its COMMIT. Probes scheduled with `setImmediate` at every turn, from
 * before the start to after the end, record whether a transaction is open: none may ever see one.
 */
describe('the import’s transaction', () => {
  it('is never open while another macrotask runs, whether the import creates or updates', async () => {
    backend = createBackend({ databasePath: join(tempDir(), 'maillage.sqlite') });
    const sqlite = backend.ctx.sqlite;
    await callOk(backend, 'territory.choose', { siren: '200070035' });
    const file = { fileName: 'lieux.csv', contentBase64: Buffer.from(standardCsv(1500)).toString('base64') };

    const seen: boolean[] = [];
    const probesAtWriteStart: number[] = [];
    let probing = true;
    const probe = () => {
      seen.push(sqlite.inTransaction);
      if (probing) setImmediate(probe);
    };
    setImmediate(probe);
    const stop = onImportWriteStart(backend.ctx, () => probesAtWriteStart.push(seen.length));

    // The first import creates every place (prepared statements), the second updates them (Kysely).
    for (const expected of ['create', 'update'] as const) {
      const preview = await callOk(backend, 'import.preview', file);
      expect(preview.counts[expected]).toBe(1500);
      const done = await waitForImport(backend, await callOk(backend, 'import.start', file));
      expect(done).toMatchObject({ state: 'done', done: 1500 });
    }
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    probing = false;
    stop();

    expect(probesAtWriteStart).toHaveLength(2);
    // The probes ran before, between and after both writes…
    expect(probesAtWriteStart[0]).toBeGreaterThan(0);
    expect(probesAtWriteStart[1]).toBeGreaterThan(probesAtWriteStart[0]!);
    expect(seen.length).toBeGreaterThan(probesAtWriteStart[1]!);
    // …and never while a transaction was open.
    expect(seen.filter((open) => open)).toEqual([]);
    expect(sqlite.prepare('SELECT COUNT(*) FROM place').pluck().get()).toBe(1500);
  }, 120_000);
});
