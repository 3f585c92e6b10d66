import { formatDateTime } from '../format/french';
import { formatFileSize } from '../format/fileSize';
import { BACKUP_KIND_LABELS, type BackupDto } from './backupDto';

/** How a backup reads on screen: « 5 avril 2026 à 14 h 05 », « Avant un import », « 12,3 Mo ». */
export function backupLabels(backup: BackupDto): { date: string; reason: string; size: string } {
  return {
    date: formatDateTime(backup.createdAt),
    reason: BACKUP_KIND_LABELS[backup.kind],
    size: formatFileSize(backup.sizeBytes),
  };
}

/** What the screen says of the policy (the same as `db/backups/backupRotation.ts`). */
export const BACKUP_POLICY_TEXT =
  'Maillage copie vos données avant chaque import de plus de 500\u00a0lieux, avant un changement de territoire et ' +
  'avant chaque mise à jour de son fichier. Il garde les 5\u00a0copies les plus récentes de chaque sorte, et la plus ' +
  'récente de chacun des 7\u00a0derniers jours\u00a0; les plus anciennes sont effacées.';
