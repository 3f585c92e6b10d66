import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';

/**
 * A database file as an earlier version of Maillage left it: the migrations up to `version` (excluded), the
 * schema version said, then `rows` written as that version wrote them. Opening it with the app migrates it.
 */
export function writeDatabaseAtVersion(path: string, version: number, rows: string): void {
  const old = new Database(path);
  for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration.sql);
  old.pragma(`user_version = ${version}`);
  old.exec(rows);
  old.close();
}

/** The schema version before the migration whose SQL contains `marker`. */
export const versionBefore = (marker: string): number =>
  MIGRATIONS.findIndex((migration) => migration.sql.includes(marker));
