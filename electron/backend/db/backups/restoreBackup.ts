import type { BackupRestoreDto } from '../../../../shared/backups/backupDto';
import { AppFailure } from '../../../../shared/result';
import type { BackendContext } from '../../context';
import { reopenDatabase } from '../open';
import { backupDtoOf } from './backupDtoOf';
import { createBackup } from './createBackup';
import { listBackups } from './listBackups';
import { replaceDatabaseFile } from './replaceFile';
import { problemOfCopy } from './verifyCopy';

/**
 * Puts a backup back in place of the open database, from the « Sauvegardes » screen: the backup is checked,
 * the current file is backed up first (« Avant une restauration »), then the engine closes its connection,
 * the file is replaced and opened again (checked, and migrated if the backup is from an older Maillage).
 * Runs alone behind the database gate (`db/gatedCall.ts`): no other call uses the connection meanwhile.
 */
export async function restoreBackup(ctx: BackendContext, name: string): Promise<BackupRestoreDto> {
  const backup = listBackups(ctx.databasePath).find((one) => one.name === name);
  if (!backup)
    throw new AppFailure(
      'not_found',
      'Cette sauvegarde n’existe plus\u00a0: rechargez la liste des sauvegardes.',
    );
  if (problemOfCopy(backup.path) !== null)
    throw new AppFailure(
      'database_unusable',
      'Cette sauvegarde est endommagée\u00a0: elle ne peut pas être restaurée. Choisissez-en une autre\u00a0; vos données actuelles n’ont pas été touchées.',
    );
  const previous = createBackup(ctx.sqlite, ctx.databasePath, 'restore', { now: ctx.clock.now() });
  let handle;
  try {
    handle = await reopenDatabase(ctx.sqlite, () => replaceDatabaseFile(backup.path, ctx.databasePath));
  } catch (error) {
    // The backup could not be opened as the app's file: the file as it was comes back.
    handle = await reopenDatabase(ctx.sqlite, () =>
      replaceDatabaseFile(previous.path, ctx.databasePath),
    ).catch(() => null);
    if (handle) Object.assign(ctx, { sqlite: handle.sqlite, db: handle.db });
    throw error instanceof AppFailure
      ? error
      : new AppFailure(
          'internal',
          'La sauvegarde n’a pas pu être remise en place\u00a0: vos données sont restées telles quelles.',
        );
  }
  ctx.sqlite = handle.sqlite;
  ctx.db = handle.db;
  ctx.schemaVersion = handle.migration.to;
  return { restored: backupDtoOf(backup), previous: backupDtoOf(previous) };
}
