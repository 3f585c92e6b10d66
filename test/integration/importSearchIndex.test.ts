import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { callOk } from './support/callOk';
import { waitForImport } from './support/importJob';
import { deferSearchIndex } from '../../electron/backend/actors/bulkSearchIndex';
import { useTempDir } from './support/tempDir';

/**
 * The import indexes its new actors for the directory's search in batches, its insert trigger suspended
 * during its transaction (`bulkSearchIndex.ts`): every imported actor must be found as a form-created
 * one is, and the trigger must be back afterwards.
 */

const tempDir = useTempDir();
const HUB_DU_SUD = join(__dirname, '../fixtures/import/standard-v0.1-paca-hub-du-sud-2023.json');
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);
const file = () => ({
  fileName: 'hub-du-sud.json',
  contentBase64: readFileSync(HUB_DU_SUD).toString('base64'),
});

/** FTS5's own check, against the actor rows themselves (rank 1: external content compared too). */
function indexMatchesActors(): void {
  backend!.ctx.sqlite.exec("INSERT INTO actor_search (actor_search, rank) VALUES ('integrity-check', 1)");
}

/** Words of three letters or more from the actors' own search text, and how many actors contain each. */
function sampleWords(): { word: string; expected: number }[] {
  const sqlite = backend!.ctx.sqlite;
  const texts = sqlite
    .prepare('SELECT search_text FROM actor WHERE deleted_at IS NULL ORDER BY id')
    .pluck()
    .all() as string[];
  const words = [...new Set(texts.flatMap((text) => text.split(' ').filter((w) => /^[a-z]{4,}$/.test(w))))];
  const count = sqlite
    .prepare("SELECT COUNT(*) FROM actor WHERE deleted_at IS NULL AND search_text LIKE '%' || ? || '%'")
    .pluck();
  return words
    .filter((_, index) => index % 7 === 0)
    .map((word) => ({ word, expected: count.get(word) as number }));
}

describe('the directory search after an import', () => {
  it('finds every imported actor, keeps the index equal to the rows, and indexes later actors again', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    await ok('territory.choose', { siren: '200054807' });
    const done = await waitForImport(backend, await ok('import.start', file()));
    expect(done.state).toBe('done');
    expect(done.counts.create).toBeGreaterThan(100);
    indexMatchesActors();

    const words = sampleWords();
    expect(words.length).toBeGreaterThan(20);
    for (const { word, expected } of words) {
      const found = await ok('actors.list', { search: word, limit: 1 });
      expect({ word, total: found.total }).toEqual({ word, total: expected });
    }

    // The same file again: every row an update, the index still equal to the rows.
    expect((await waitForImport(backend, await ok('import.start', file()))).state).toBe('done');
    indexMatchesActors();

    // The trigger is back: an actor created by the form afterwards is found.
    await ok('actors.create', { name: 'Tiers-lieu Zéphyrine', communeCode: '13001' });
    expect(await ok('actors.list', { search: 'zéphyrine' })).toMatchObject({
      total: 1,
      items: [{ name: 'Tiers-lieu Zéphyrine' }],
    });
    indexMatchesActors();
  });

  it('puts the trigger back when the import’s transaction rolls back', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    const sqlite = backend.ctx.sqlite;
    const trigger = () =>
      sqlite.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'actor_search_insert'").pluck().get();
    expect(() =>
      sqlite.transaction(() => {
        deferSearchIndex(sqlite);
        expect(trigger()).toBe(0);
        throw new Error('import interrompu');
      })(),
    ).toThrow('import interrompu');
    expect(trigger()).toBe(1);
  });
});
