import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupKind } from '../../../../shared/backups/backupDto';
import { AppFailure } from '../../../../shared/result';
import { backupFileName, backupFolderOf, parseBackupName, PARTIAL_SUFFIX } from './backupNames';
import { backupsToRemove } from './backupRotation';
import { assertRoomFor, copySizeOf, freeSpaceOnDisk, type FreeSpaceOf } from './freeSpace';
import { listBackups, removeLeftovers, type BackupFile } from './listBackups';
import { problemOfCopy } from './verifyCopy';

/**
 * The one way Maillage copies its database (before an import, a migration, a change of territory, a
 * restoring, or on request). The copy is written under a temporary name, checked (opened read-only,
 * `PRAGMA quick_check`), flushed to disk and only then renamed: a file with a backup's name is always a
 * whole, sound copy. The disk's free space is checked first; older copies are then rotated out.
 */

export interface BackupOptions {
  now: Date;
  /** For a migration: the schema version the file is brought to (named in the copy). */
  schemaVersion?: number;
  freeSpaceOf?: FreeSpaceOf;
}

/** « sauvegarder les données avant l’import » */
const WHY: Record<BackupKind, string> = {
  import: 'avant l’import',
  migration: 'avant de mettre le fichier à jour',
  territory: 'avant le changement de territoire',
  restore: 'avant la restauration',
  manual: 'maintenant',
};

function flush(path: string, flags: 'r' | 'r+' = 'r'): void {
  try {
    const fd = openSync(path, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Folders cannot be flushed on every system (Windows): the rename is still atomic.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to remove.
  }
}

/**
 * The name for a new copy: the next number after every copy of the same kind made in the same second, kept
 * or not yet rotated out, so that the numbers say the order the copies were made in (a number freed by the
 * rotation is never taken again: the new copy would then rank as the oldest of its second, and go next).
 */
function freeName(folder: string, databasePath: string, kind: BackupKind, options: BackupOptions): string {
  const first = parseBackupName(databasePath, backupFileName(databasePath, kind, options.now, options));
  let taken = 0;
  for (const file of readdirSync(folder)) {
    const parsed = parseBackupName(databasePath, file.split(PARTIAL_SUFFIX)[0]!);
    if (parsed?.kind === kind && parsed.createdAt.getTime() === first?.createdAt.getTime())
      taken = Math.max(taken, parsed.attempt);
  }
  return backupFileName(databasePath, kind, options.now, {
    attempt: taken + 1,
    schemaVersion: options.schemaVersion,
  });
}

export function createBackup(
  sqlite: Database.Database,
  databasePath: string,
  kind: BackupKind,
  options: BackupOptions,
): BackupFile {
  const folder = backupFolderOf(databasePath);
  mkdirSync(folder, { recursive: true });
  removeLeftovers(databasePath);
  assertRoomFor(copySizeOf(sqlite), folder, WHY[kind], options.freeSpaceOf ?? freeSpaceOnDisk);

  const name = freeName(folder, databasePath, kind, options);
  const path = join(folder, name);
  const partial = path + PARTIAL_SUFFIX;
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    removeQuietly(partial);
    const full = (error as { code?: string }).code === 'SQLITE_FULL';
    throw new AppFailure(
      full ? 'no_space' : 'internal',
      full
        ? `Le disque s’est rempli pendant la sauvegarde des données ${WHY[kind]}\u00a0: la copie incomplète a été effacée ` +
            `et rien n’a été modifié. Libérez de la place sur le disque (dossier ${folder}), puis recommencez.`
        : `La sauvegarde des données ${WHY[kind]} n’a pas pu être écrite dans ${folder}\u00a0: rien n’a été modifié. ` +
            `Vérifiez que ce dossier existe et qu’on peut y écrire, puis recommencez.`,
    );
  }
  const problem = problemOfCopy(partial);
  if (problem !== null) {
    removeQuietly(partial);
    console.error(`[maillage] copie de sauvegarde invalide (${problem})`);
    throw new AppFailure(
      'internal',
      `La copie de sauvegarde ${WHY[kind]} ne s’est pas relue correctement\u00a0: elle a été effacée et rien n’a été ` +
        `modifié. Recommencez\u00a0; si cela se reproduit, le disque est peut-être en cause.`,
    );
  }
  flush(partial, 'r+');
  renameSync(partial, path);
  flush(folder);

  for (const old of backupsToRemove(listBackups(databasePath), options.now))
    if (old.path !== path) removeQuietly(old.path);
  return {
    path,
    name,
    ...parseBackupName(databasePath, name)!,
    sizeBytes: statSync(path).size,
  };
}
