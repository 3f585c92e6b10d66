import { basename, dirname, join } from 'node:path';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { getTerritory } from './repository';

/** `maillage.sqlite` → `maillage.avant-changement-de-territoire.2026-04-05T10-00-00.sqlite`, next to it. */
function backupPathOf(databasePath: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const name = basename(databasePath).replace(/\.sqlite$/i, '');
  return join(dirname(databasePath), `${name}.avant-changement-de-territoire.${stamp}.sqlite`);
}

/**
 * Leaves the current territory: every row of every table goes, so that onboarding starts again.
 * Real data (not the demo) is first copied next to the database file, so that a wrong click loses nothing.
 */
export async function resetTerritory(ctx: BackendContext): Promise<{ backupPath: string | null }> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Aucun territoire n’est choisi : rien à effacer.');
  let backupPath: string | null = null;
  if (!territory.isDemo && ctx.databasePath !== ':memory:') {
    backupPath = backupPathOf(ctx.databasePath, ctx.clock.now());
    ctx.sqlite.prepare('VACUUM INTO ?').run(backupPath);
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
