import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { formatDateTime } from '../../../../shared/format/french';
import { AppFailure } from '../../../../shared/result';
import { openFailure } from '../openFailure';
import { backupFolderOf, baseNameOf } from './backupNames';
import { latestGoodBackup } from './latestGoodBackup';
import { replaceDatabaseFile } from './replaceFile';

/** Refuses when another Maillage holds the file (its exclusive lock); a damaged file cannot say more. */
function assertNotOpenElsewhere(databasePath: string): void {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(databasePath, { fileMustExist: true, timeout: 1000 });
    sqlite.exec('BEGIN EXCLUSIVE; ROLLBACK');
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw openFailure('open_elsewhere', databasePath);
  } finally {
    sqlite?.close();
  }
}

/**
 * For a file that cannot be opened (damaged, not a database…): puts the latest good backup in its place,
 * without the app running. The file is set aside in the backup folder, never deleted. Answers what was
 * done, in French, for the command line (`npm run web -- --restaurer`).
 */
export function restoreLatestBackup(databasePath: string, now: Date = new Date()): string {
  const backup = latestGoodBackup(databasePath);
  if (!backup)
    throw new AppFailure(
      'not_found',
      `Aucune sauvegarde en bon état de ${databasePath} n’a été trouvée (dossier ${backupFolderOf(databasePath)})\u00a0: ` +
        `rien n’a été modifié.`,
    );
  let setAside: string | null = null;
  if (existsSync(databasePath)) {
    assertNotOpenElsewhere(databasePath);
    const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
    setAside = join(backupFolderOf(databasePath), `${baseNameOf(databasePath)}.mis-de-cote.${stamp}.sqlite`);
    renameSync(databasePath, setAside);
    for (const journal of ['-wal', '-shm', '-journal'])
      if (existsSync(databasePath + journal)) renameSync(databasePath + journal, setAside + journal);
  }
  replaceDatabaseFile(backup.path, databasePath);
  return (
    `La sauvegarde du ${formatDateTime(backup.createdAt.toISOString())} a été remise en place (${backup.path}).` +
    (setAside ? ` Le fichier précédent est mis de côté, pas effacé\u00a0: ${setAside}.` : '')
  );
}
