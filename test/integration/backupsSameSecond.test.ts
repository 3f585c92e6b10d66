import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { BACKUP_POLICY } from '../../electron/backend/db/backups/backupRotation';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();

/**
 * Found by `npm run reliability`: backups made in the same second were ordered by name (`….sqlite` after
 * `…-7.sqlite`), and the numbers freed by the rotation were taken again, so the rotation removed the newest
 * copies, the ones just confirmed to the user, and kept older ones.
 */
describe('backups made within the same second', () => {
  it('keep the newest ones, in the order they were made', async () => {
    const path = join(tempDir(), 'maillage.sqlite');
    const backend = createBackend({ databasePath: path, clock: frozenClock('2026-04-05T10:00:00Z') });
    expect((await backend.router.dispatch('territory.choose', { siren: '200070035' })).ok).toBe(true);
    const made: string[] = [];
    for (let round = 0; round < 12; round++) {
      const answer = await backend.router.dispatch('backups.create', {});
      if (!answer.ok) throw new Error(answer.error.message);
      made.push((answer.data as { name: string }).name);
      const newest = made.slice(-BACKUP_POLICY.latestPerKind);
      for (const name of newest) expect(existsSync(join(path, '..', 'sauvegardes', name)), name).toBe(true);
    }
    expect(new Set(made).size).toBe(made.length);
    const listed = await backend.router.dispatch('backups.list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    expect((listed.data as { backups: { name: string }[] }).backups.map((backup) => backup.name)).toEqual(
      made.slice(-BACKUP_POLICY.latestPerKind).reverse(),
    );
    await backend.close();
  });
});
