import type { BackupDto } from '../../../../shared/backups/backupDto';
import type { BackupFile } from './listBackups';

/** What the screen is told of a backup: its name, not where it lies on the disk. */
export const backupDtoOf = (backup: BackupFile): BackupDto => ({
  name: backup.name,
  kind: backup.kind,
  createdAt: backup.createdAt.toISOString(),
  sizeBytes: backup.sizeBytes,
});
