import { AppFailure } from '../../../shared/result';
import type { HandlerGroup } from '../router/handlers';
import { backupDtoOf } from '../db/backups/backupDtoOf';
import { backupFolderOf } from '../db/backups/backupNames';
import { backupNow } from '../db/backups/backupNow';
import { listBackups } from '../db/backups/listBackups';
import { restoreBackup } from '../db/backups/restoreBackup';

const inMemory = () =>
  new AppFailure(
    'conflict',
    'Cette session n’enregistre pas ses données dans un fichier\u00a0: il n’y a rien à sauvegarder.',
  );

/** « Sauvegardes »: the copies of the database file, one made on request, one put back. */
export const backupHandlers: HandlerGroup<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (_input, ctx) => ({
    backups: ctx.databasePath === ':memory:' ? [] : listBackups(ctx.databasePath).map(backupDtoOf),
    folder: ctx.databasePath === ':memory:' ? '' : backupFolderOf(ctx.databasePath),
  }),

  'backups.create': (_input, ctx) => {
    if (ctx.databasePath === ':memory:') throw inMemory();
    return backupDtoOf(backupNow(ctx, 'manual'));
  },

  'backups.restore': ({ name }, ctx) => {
    if (ctx.databasePath === ':memory:') throw inMemory();
    return restoreBackup(ctx, name);
  },
};
