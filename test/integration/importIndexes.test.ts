import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { deferIndexes } from '../../electron/backend/actors/bulkIndexes';
import { callOk } from './support/callOk';
import { waitForImport } from './support/importJob';
import { useTempDir } from './support/tempDir';

/**
 * An import into a directory holding fewer actors than it brings sets the directory's secondary indexes
 * aside and builds them again before its commit (`bulkIndexes.ts`): afterwards every index must be there as
 * the schema declares it and hold exactly the rows, whether the file only created actors or also added places
 * to actors it had just created (same SIRET), which needs the indexes back in the middle of the write.
 */

const tempDir = useTempDir();
const HUB_DU_SUD = join(__dirname, '../fixtures/import/standard-v0.1-paca-hub-du-sud-2023.json');
const EXAMPLE = readFileSync(join(__dirname, '../fixtures/import/standard-v1-exemple-valide.csv'), 'utf8');
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

const file = () => ({
  fileName: 'hub-du-sud.json',
  contentBase64: readFileSync(HUB_DU_SUD).toString('base64'),
});

const indexes = () =>
  backend!.ctx.sqlite
    .prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
    .all() as { name: string; tbl_name: string; sql: string | null }[];

const integrity = () => backend!.ctx.sqlite.pragma('integrity_check', { simple: true });

/** The standard's example place three times: three ids, one SIRET (a structure and two more of its places). */
function threePlacesOfOneStructure() {
  const [header, row] = EXAMPLE.trim().split('\n') as [string, string];
  const rows = [1, 2, 3].map((n) =>
    row.replace('"structure-1"', `"structure-${n}"`).replace('"Anonymal"', `"Anonymal ${n}"`),
  );
  const csv = [header, ...rows].join('\n');
  return { fileName: 'lieux.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

async function openOn(siren: string): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await callOk(backend, 'territory.choose', { siren });
}
const openOnAixMarseille = () => openOn('200054807');

describe('the directory indexes around an import', () => {
  it('are all back, holding every row, after a first import of a real file (and the page cache its size)', async () => {
    await openOnAixMarseille();
    const before = indexes();
    const cache = backend!.ctx.sqlite.pragma('cache_size', { simple: true });
    expect(before.filter((index) => index.tbl_name === 'actor').length).toBeGreaterThan(5);
    const done = await waitForImport(backend!, await callOk(backend!, 'import.start', file()));
    expect(done.state).toBe('done');
    expect(done.counts.create).toBeGreaterThan(100);
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');
    expect((await callOk(backend!, 'actors.list', { limit: 3 })).total).toBe(done.counts.create);
    // Smaller while the import wrote (`importJob.ts`), the directory's again for the screens.
    expect(backend!.ctx.sqlite.pragma('cache_size', { simple: true })).toBe(cache);
  });

  it('are back when the file adds places to an actor it has just created', async () => {
    await openOn('200067213'); // Grand Reims, the example's commune
    const before = indexes();
    const done = await waitForImport(
      backend!,
      await callOk(backend!, 'import.start', threePlacesOfOneStructure()),
    );
    expect(done.state).toBe('done');
    expect(done.counts).toMatchObject({ create: 1, merge: 2 });
    expect(indexes()).toEqual(before);
    expect(integrity()).toBe('ok');
    const [actor] = (await callOk(backend!, 'actors.list', {})).items;
    const places = (await callOk(backend!, 'actors.get', { id: actor!.id })).places;
    expect(places).toHaveLength(3);
  });

  it('are left in place when the directory already holds more actors than are coming', async () => {
    await openOnAixMarseille();
    expect((await waitForImport(backend!, await callOk(backend!, 'import.start', file()))).state).toBe(
      'done',
    );
    const sqlite = backend!.ctx.sqlite;
    const present = sqlite.prepare('SELECT COUNT(*) FROM actor').pluck().get() as number;
    const before = indexes();
    sqlite.exec('BEGIN');
    try {
      deferIndexes(sqlite, present - 1);
      expect(indexes()).toEqual(before);
      const deferred = deferIndexes(sqlite, present);
      expect(indexes().length).toBeLessThan(before.length);
      deferred.restore();
      expect(indexes()).toEqual(before);
    } finally {
      sqlite.exec('ROLLBACK');
    }
    expect(indexes()).toEqual(before);
  });
});
