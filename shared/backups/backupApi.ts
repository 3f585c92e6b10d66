import { z } from 'zod';
import type { BackupDto, BackupListDto, BackupRestoreDto } from './backupDto';
import type { BackupMethod } from './backupMethods';

/** The input schema of each method of this domain (merged into the contract). */
export const backupInputs = {
  'backups.list': z.object({}).default({}),
  'backups.create': z.object({}).default({}),
  'backups.restore': z.object({
    name: z
      .string({ error: 'Choisissez la sauvegarde à restaurer.' })
      .min(1, { error: 'Choisissez la sauvegarde à restaurer.' })
      .max(300, { error: 'Ce nom de sauvegarde est trop long.' }),
  }),
} satisfies Record<BackupMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export interface BackupOutputs {
  'backups.list': BackupListDto;
  'backups.create': BackupDto;
  'backups.restore': BackupRestoreDto;
}
