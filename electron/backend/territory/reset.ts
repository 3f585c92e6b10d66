import { createBackup } from '../db/backups/createBackup';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { getTerritory } from './repository';

/**
 * Leaves the current territory: every row of every table goes, so that onboarding starts again.
 * Real data (not the demo) is first backed up (`db/backups/createBackup.ts`), so that a wrong click loses nothing.
 */
export async function resetTerritory(ctx: BackendContext): Promise<{ backupPath: string | null }> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Aucun territoire n’est choisi : rien à effacer.');
  let backupPath: string | null = null;
  if (!territory.isDemo && ctx.databasePath !== ':memory:') {
    backupPath = createBackup(ctx.sqlite, ctx.databasePath, 'territory', { now: ctx.clock.now() }).path;
  }
  const tables = ctx.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  ctx.sqlite.transaction(() => {
    // Checked at commit, so the order of the deletions does not matter.
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    for (const table of tables) ctx.sqlite.exec(`DELETE FROM "${table}"`);
  })();
  return { backupPath };
}
