import { basename, dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema';
import { migrate, type MigrationReport } from './migrate';
import { withStatementCache } from './statementCache';

export interface OpenDatabase {
  sqlite: Database.Database;
  db: Kysely<DB>;
  path: string;
  migration: MigrationReport;
  close(): Promise<void>;
}

const SLOW_QUERY_MS = 200;

/** `maillage.sqlite` → `maillage.avant-schema-3.2026-04-05T10-12-00.sqlite`, next to it. */
export function backupPathFor(path: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const name = basename(path).replace(/\.sqlite$/i, '');
  return join(dirname(path), `${name}.avant-schema-${fromVersion + 1}.${stamp}.sqlite`);
}

/** Opens (or creates) the database file, migrates it, and wraps it in Kysely. */
export function openDatabase(path: string, options: { now?: () => Date } = {}): OpenDatabase {
  const now = options.now ?? (() => new Date());
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  try {
    sqlite.pragma('busy_timeout = 5000');
    // Migrate (or refuse a newer file) before anything writes to the file, WAL switch included.
    const migration = migrate(sqlite, {
      backupPathFor: path === ':memory:' ? undefined : (from) => backupPathFor(path, from, now()),
    });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
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
    return {
      sqlite,
      db,
      path,
      migration,
      async close() {
        await db.destroy();
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
