import { listBackups, type BackupFile } from './listBackups';
import { problemOfCopy } from './verifyCopy';

/** How many of the newest backups are checked before giving up (each check reads the whole file). */
const CHECKED = 10;

/** The newest backup of this database that opens and passes SQLite's quick check, or null. */
export function latestGoodBackup(databasePath: string): BackupFile | null {
  for (const backup of listBackups(databasePath).slice(0, CHECKED))
    if (problemOfCopy(backup.path) === null) return backup;
  return null;
}
