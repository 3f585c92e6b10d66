import { z } from 'zod';
import type { BackupDto, BackupListDto, BackupRestoreDto } from './backupDto';
import { takes, takesNothing } from '../api/declare';

/** Methods of the backups: the copies of the database file, made before risky changes or on request. */
export const backupApi = {
  'backups.list': takesNothing().answers<BackupListDto>(),
  'backups.create': takesNothing().answers<BackupDto>(),
  'backups.restore': takes(
    z.object({
      name: z
        .string({ error: 'Choisissez la sauvegarde à restaurer.' })
        .min(1, { error: 'Choisissez la sauvegarde à restaurer.' })
        .max(300, { error: 'Ce nom de sauvegarde est trop long.' }),
    }),
  ).answers<BackupRestoreDto>(),
};

export type BackupMethod = keyof typeof backupApi;
