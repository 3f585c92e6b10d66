import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { AppFailure } from '../../../shared/result';
import type { DB } from './schema';
import { migrate, type MigrationReport } from './migrate';
import { withStatementCache } from './statementCache';
import { createBackup } from './backups/createBackup';
import type { FreeSpaceOf } from './backups/freeSpace';
import { removeLeftovers } from './backups/listBackups';
import { hasSqliteHeader } from './backups/verifyCopy';
import { openFailure, problemOfSqliteError } from './openFailure';

export interface OpenDatabase {
  sqlite: Database.Database;
  db: Kysely<DB>;
  path: string;
  migration: MigrationReport;
  close(): Promise<void>;
}

export interface OpenOptions {
  now?: () => Date;
  freeSpaceOf?: FreeSpaceOf;
}

const SLOW_QUERY_MS = 200;
/** How long to wait for another process to let go of the file before telling the user. */
const LOCK_WAIT_MS = 1000;

/**
 * Before anything is written, a file must be ours to write: an SQLite database (not some other file),
 * held by this process alone (an exclusive lock kept as long as it is open: a second Maillage, desktop
 * or browser mode, is refused in French instead of racing it), writable, and sound (`PRAGMA quick_check`).
 */
function checkFile(sqlite: Database.Database): void {
  sqlite.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.exec('BEGIN EXCLUSIVE');
  try {
    // A read-only file opens without a word and refuses only the first write: try one, then undo it.
    sqlite.pragma(`user_version = ${sqlite.pragma('user_version', { simple: true }) as number}`);
  } finally {
    sqlite.exec('ROLLBACK');
  }
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') {
    console.error(`[maillage] quick_check : ${rows.map((row) => row.quick_check).join(' ; ')}`);
    throw Object.assign(new Error('quick_check'), { code: 'SQLITE_CORRUPT' });
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function connect(path: string, options: OpenOptions): Omit<OpenDatabase, 'close'> {
  const now = options.now ?? (() => new Date());
  const onDisk = path !== ':memory:';
  if (onDisk) {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path) && statSync(path).size > 0 && !hasSqliteHeader(path))
      throw openFailure('foreign', path);
    // The file, and its folder where SQLite writes its journal: else every save would fail.
    if (existsSync(path) && (!writable(path) || !writable(dirname(path))))
      throw openFailure('read_only', path);
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (error) {
    throw openFailure(problemOfSqliteError(error), path);
  }
  try {
    if (onDisk) {
      checkFile(sqlite);
      removeLeftovers(path);
    }
    sqlite.pragma('busy_timeout = 5000');
    // Migrate (or refuse a newer file) before anything writes to the file, WAL switch included.
    const migration = migrate(sqlite, {
      backup: onDisk
        ? (from) =>
            createBackup(sqlite, path, 'migration', {
              now: now(),
              schemaVersion: from + 1,
              freeSpaceOf: options.freeSpaceOf,
            }).path
        : undefined,
    });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // 64 MiB of page cache instead of SQLite's 2 MiB: at 100,000 actors the list's indexes no longer fit in
    // 2 MiB, and a filtered count read its pages again from the OS for each lookup (25 → 13 ms). Filled only
    // as pages are read: a 20,000-actor file is ≈ 40 MB.
    sqlite.pragma('cache_size = -65536');
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
      plugins: [new CamelCasePlugin()],
      log(event) {
        if (event.queryDurationMillis > SLOW_QUERY_MS)
          console.warn(
            `[maillage] requête lente (${Math.round(event.queryDurationMillis)} ms) : ${event.query.sql}`,
          );
      },
    });
    return { sqlite, db, path, migration };
  } catch (error) {
    sqlite.close();
    if (error instanceof AppFailure) throw error;
    console.error(`[maillage] ouverture de ${path} impossible`, error);
    throw openFailure(problemOfSqliteError(error), path);
  }
}

const opened = new WeakMap<Database.Database, OpenDatabase & { options: OpenOptions }>();

/** Opens (or creates) the database file, checks it, migrates it, and wraps it in Kysely. */
export function openDatabase(path: string, options: OpenOptions = {}): OpenDatabase {
  const connection = connect(path, options);
  const handle: OpenDatabase & { options: OpenOptions } = {
    ...connection,
    options,
    // Closes the connection open now, which is not the first one after a `reopenDatabase`.
    async close() {
      await handle.db.destroy();
      if (handle.sqlite.open) handle.sqlite.close();
    },
  };
  opened.set(connection.sqlite, handle);
  return handle;
}

/**
 * Closes the connection, lets `swapFile` replace the file (a backup being restored), and opens it again
 * (checked and migrated as at start). The same handle then holds the new connection.
 */
export async function reopenDatabase(sqlite: Database.Database, swapFile: () => void): Promise<OpenDatabase> {
  const handle = opened.get(sqlite);
  if (!handle) throw new Error('Cette connexion n’a pas été ouverte par openDatabase.');
  if (handle.sqlite.open) await handle.close();
  swapFile();
  // If the file cannot be opened, the handle stays known under its closed connection, for another try.
  const connection = connect(handle.path, handle.options);
  opened.delete(sqlite);
  Object.assign(handle, connection);
  opened.set(handle.sqlite, handle);
  return handle;
}
