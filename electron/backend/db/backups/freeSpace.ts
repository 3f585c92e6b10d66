import { statfsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { formatFileSize } from '../../../../shared/format/fileSize';
import { AppFailure } from '../../../../shared/result';

/** Free bytes on the disk holding `folder`. Tests pass their own. */
export type FreeSpaceOf = (folder: string) => number;

export const freeSpaceOnDisk: FreeSpaceOf = (folder) => {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
};

/** A copy takes the used pages of the file (VACUUM leaves free pages out). */
export function copySizeOf(sqlite: Database.Database): number {
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  const free = sqlite.pragma('freelist_count', { simple: true }) as number;
  return (pages - free) * pageSize;
}

/** What must stay free after the copy, so that the app can keep saving (and its journal growing). */
export const spaceToSpare = (copySize: number): number => Math.max(20_000_000, Math.ceil(copySize * 0.1));

/** Refuses, in French, a copy the disk cannot hold with room to spare; nothing is written then. */
export function assertRoomFor(copySize: number, folder: string, why: string, freeSpaceOf: FreeSpaceOf): void {
  const needed = copySize + spaceToSpare(copySize);
  const free = freeSpaceOf(folder);
  if (free >= needed) return;
  throw new AppFailure(
    'no_space',
    `Pas assez de place sur le disque pour sauvegarder les données ${why}\u00a0: il faut ${formatFileSize(needed)}, ` +
      `il reste ${formatFileSize(free)} (dossier ${folder}). Libérez de la place sur ce disque, puis recommencez\u00a0: ` +
      `rien n’a été modifié.`,
  );
}
