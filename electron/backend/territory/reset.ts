import { backupNow } from '../db/backups/backupNow';
import { eraseAllRows } from '../db/eraseAllRows';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { getTerritory } from './repository';

/**
 * Leaves the current territory: every row of every table goes, so that onboarding starts again.
 * Real data (not the demo) is first backed up (`db/backups/backupNow.ts`), so that a wrong click loses nothing.
 */
export async function resetTerritory(ctx: BackendContext): Promise<{ backupPath: string | null }> {
  const territory = await getTerritory(ctx.db);
  if (!territory)
    throw new AppFailure('no_territory', 'Aucun territoire n’est choisi\u00a0: rien à effacer.');
  let backupPath: string | null = null;
  if (!territory.isDemo && ctx.databasePath !== ':memory:') {
    backupPath = backupNow(ctx, 'territory').path;
  }
  eraseAllRows(ctx);
  return { backupPath };
}
