import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind } from '../../../../shared/backups/backupDto';
import { backupFoldersOf, isPartialCopy, parseBackupName } from './backupNames';
import { hasSqliteHeader } from './verifyCopy';

export interface BackupFile {
  path: string;
  name: string;
  kind: BackupKind;
  createdAt: Date;
  attempt: number;
  sizeBytes: number;
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * The backups of a database, newest first, and the leftovers that look like one but are not: copies
 * cut short by a kill or a full disk (`.partiel`), empty files, files that are not SQLite databases.
 */
export function scanBackups(databasePath: string): { backups: BackupFile[]; leftovers: string[] } {
  const backups: BackupFile[] = [];
  const leftovers: string[] = [];
  for (const folder of backupFoldersOf(databasePath)) {
    for (const name of namesIn(folder)) {
      const path = join(folder, name);
      if (isPartialCopy(databasePath, name)) {
        leftovers.push(path);
        continue;
      }
      const parsed = parseBackupName(databasePath, name);
      if (!parsed) continue;
      if (!hasSqliteHeader(path)) {
        leftovers.push(path);
        continue;
      }
      backups.push({ path, name, ...parsed, sizeBytes: statSync(path).size });
    }
  }
  // Within one second, by the number each copy took in it: `….sqlite` is the first, `…-7.sqlite` the seventh.
  backups.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.attempt - a.attempt);
  return { backups, leftovers };
}

export const listBackups = (databasePath: string): BackupFile[] => scanBackups(databasePath).backups;

/** Removes what a killed or failed copy left behind; never a real backup. */
export function removeLeftovers(databasePath: string): void {
  for (const path of scanBackups(databasePath).leftovers) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or not ours to remove: it is never listed anyway.
    }
  }
}
