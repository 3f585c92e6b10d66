import type { BackupKind } from '../../../../shared/backups/backupDto';
import type { BackendContext } from '../../context';
import { createBackup } from './createBackup';
import type { BackupFile } from './listBackups';

/** A backup of the engine's open database, made now on the engine's clock (before an import, a reset, on request). */
export function backupNow(
  ctx: Pick<BackendContext, 'sqlite' | 'databasePath' | 'clock'>,
  kind: BackupKind,
): BackupFile {
  return createBackup(ctx.sqlite, ctx.databasePath, kind, { now: ctx.clock.now() });
}
