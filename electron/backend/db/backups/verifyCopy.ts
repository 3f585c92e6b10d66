import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts as an SQLite database does (a 0-byte or cut-off copy does not). */
export function hasSqliteHeader(path: string): boolean {
  try {
    if (statSync(path).size < 512) return false;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(SQLITE_HEADER.length);
      readSync(fd, head, 0, head.length, 0);
      return head.equals(SQLITE_HEADER);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Opens a copy read-only and runs SQLite's quick check: null when it is sound, else what SQLite said
 * (for the logs; users get a French sentence from the caller).
 */
export function problemOfCopy(path: string): string | null {
  if (!hasSqliteHeader(path)) return 'pas une base SQLite';
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]!.quick_check === 'ok'
      ? null
      : rows.map((row) => row.quick_check).join(' ; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    sqlite?.close();
  }
}
