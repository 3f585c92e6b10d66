import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export interface MigrationReport {
  from: number;
  to: number;
  /** Copy of the file taken before migrating an existing database, or null. */
  backupPath: string | null;
}

export function schemaVersionOf(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file to the latest schema. Each migration runs in its own transaction together with the
 * version bump, so a failure leaves the file at the previous version. An existing database is copied
 * first (`backups/createBackup.ts`); a database written by a newer Maillage is refused untouched.
 */
export function migrate(
  sqlite: Database.Database,
  /** `backup` copies the file before the first migration and answers the copy's path. */
  options: { backup?: (fromVersion: number) => string | null } = {},
): MigrationReport {
  const from = schemaVersionOf(sqlite);
  if (from > LATEST_SCHEMA_VERSION) {
    throw new AppFailure(
      'database_too_new',
      `Ce fichier a été enregistré par une version plus récente de Maillage (schéma ${from}, ` +
        `cette version s’arrête au schéma ${LATEST_SCHEMA_VERSION}). Installez la dernière version de Maillage ` +
        `pour l’ouvrir\u00a0: le fichier n’a pas été modifié.`,
    );
  }
  if (from === LATEST_SCHEMA_VERSION) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && options.backup) backupPath = options.backup(from);

  for (let version = from; version < LATEST_SCHEMA_VERSION; version++) {
    const migration = MIGRATIONS[version]!;
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      sqlite.pragma(`user_version = ${version + 1}`);
    })();
  }
  sqlite.pragma('optimize');
  return { from, to: LATEST_SCHEMA_VERSION, backupPath };
}
