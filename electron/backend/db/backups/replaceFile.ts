import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { PARTIAL_SUFFIX } from './backupNames';

/**
 * Puts a copy of `source` in place of the database file `target` (closed): copied under a temporary
 * name, flushed, then renamed over it, so that a kill leaves either the old file or the new one. The old
 * file's journal files go: they belong to the old content.
 */
export function replaceDatabaseFile(source: string, target: string): void {
  const partial = `${target}.restauration${PARTIAL_SUFFIX}`;
  copyFileSync(source, partial);
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  for (const journal of ['-wal', '-shm', '-journal']) rmSync(`${target}${journal}`, { force: true });
  renameSync(partial, target);
}
