import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { gateOf } from '../../electron/backend/db/databaseGate';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';

/**
 * The import screen asks the engine to get ready when it opens (`import.prepare`): it must be answered at once
 * whatever the database is doing, or the screen would open on a call stuck behind an import or a save.
 */

const tempDir = useTempDir();
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

describe('preparing the import when its screen opens', () => {
  it('is answered while a write holds the database, and before any territory is chosen', async () => {
    backend = createBackend({
      databasePath: join(tempDir(), 'maillage.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    let release: () => void = () => {};
    const writing = gateOf(backend.ctx).exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    // Behind the write it would wait for `release()`, which comes only once the race below is decided.
    const outcome = await Promise.race([
      callOk(backend, 'import.prepare', {}).then((data) => ({ answered: data })),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000)),
    ]);
    release();
    await writing;
    expect(outcome).toEqual({ answered: null });
  });
});
