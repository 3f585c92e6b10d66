import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersionOf } from '../../electron/backend/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open';
import { AppFailure } from '../../shared/result';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();

/** Tables and their columns, as SQLite describes them. */
function columnsOf(sqlite: Database.Database): Record<string, string[]> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (sqlite.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string }[]).map(
        (column) => `${column.name} ${column.type}`,
      ),
    ]),
  );
}

function schemaSql(sqlite: Database.Database): string[] {
  return (
    sqlite.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name').all() as {
      sql: string;
    }[]
  ).map((row) => row.sql);
}

/** A file left at an earlier schema version, as an older Maillage would have written it. */
function databaseAtVersion(path: string, version: number): Database.Database {
  const sqlite = new Database(path);
  for (const migration of MIGRATIONS.slice(0, version)) sqlite.exec(migration.sql);
  sqlite.pragma(`user_version = ${version}`);
  return sqlite;
}

/** Tables a migration empties into another place, by the name of that migration. */
const MOVED_TABLES: Record<string, string> = {
  actor_tag: 'valeurs multiples sur leur ligne',
  place_tag: 'valeurs multiples sur leur ligne',
};

describe('migrations', () => {
  it('create every table on an empty file and record the latest version', async () => {
    const path = join(tempDir(), 'neuf.sqlite');
    const opened = openDatabase(path);
    expect(opened.migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupPath: null });
    expect(schemaVersionOf(opened.sqlite)).toBe(LATEST_SCHEMA_VERSION);
    expect(Object.keys(columnsOf(opened.sqlite))).toEqual(
      expect.arrayContaining([
        'territory',
        'territory_commune',
        'actor',
        'place',
        'facet',
        'actor_facet',
        'contact',
        'permanence',
      ]),
    );
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await opened.close();
  });

  it.each(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, version) => version).filter((v) => v > 0))(
    'bring a file from schema %i to the same schema as a new file, keeping its data and a backup',
    async (version) => {
      const dir = tempDir();
      const old = databaseAtVersion(join(dir, 'ancien.sqlite'), version);
      old
        .prepare(
          "INSERT INTO territory (id, epci_siren, epci_name, epci_type, display_name, chosen_at) VALUES (1, '200070035', 'CC du Civraisien en Poitou', 'CC', 'Civraisien', '2025-01-01T00:00:00Z')",
        )
        .run();
      old.close();

      const opened = openDatabase(join(dir, 'ancien.sqlite'), {
        now: () => new Date('2026-04-05T10:00:00Z'),
      });
      expect(opened.migration.from).toBe(version);
      expect(opened.migration.to).toBe(LATEST_SCHEMA_VERSION);
      expect(opened.sqlite.prepare('SELECT display_name FROM territory').get()).toEqual({
        display_name: 'Civraisien',
      });

      const fresh = openDatabase(join(dir, 'neuf.sqlite'));
      expect(schemaSql(opened.sqlite)).toEqual(schemaSql(fresh.sqlite));

      const backup = opened.migration.backupPath!;
      expect(existsSync(backup)).toBe(true);
      const saved = new Database(backup, { readonly: true });
      expect(schemaVersionOf(saved)).toBe(version);
      expect(saved.prepare('SELECT epci_siren FROM territory').get()).toEqual({ epci_siren: '200070035' });
      saved.close();
      await opened.close();
      await fresh.close();
    },
  );

  it('never remove a column a previous version had (data would be lost on upgrade)', () => {
    let previous: Record<string, string[]> = {};
    const step = new Database(':memory:');
    for (const migration of MIGRATIONS) {
      step.exec(migration.sql);
      const current = columnsOf(step);
      for (const [table, columns] of Object.entries(previous)) {
        // Tables whose rows a migration moves elsewhere, each value kept (tagsMigration.test.ts proves it).
        if (MOVED_TABLES[table] === migration.name) continue;
        expect(current[table], `table ${table} disparue`).toBeDefined();
        expect(current[table]).toEqual(expect.arrayContaining(columns));
      }
      previous = current;
    }
    step.close();
  });

  it('refuse a file written by a newer Maillage and leave it untouched', () => {
    const path = join(tempDir(), 'futur.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE chose_du_futur (id INTEGER)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(path);

    let failure: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('database_too_new');
    expect((failure as AppFailure).message).toMatch(/version plus récente de Maillage/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(path, '..')).filter((name) => name.includes('avant-schema'))).toEqual([]);
  });

  it('leave the file at its previous version when a migration fails halfway', () => {
    const path = join(tempDir(), 'casse.sqlite');
    // The last migration that changes the schema (later ones may only rewrite values), from the version
    // just before it.
    const at = MIGRATIONS.findLastIndex((migration) =>
      /CREATE (?:TABLE|INDEX) \w+|ALTER TABLE \w+ ADD COLUMN/.test(migration.sql),
    );
    const sqlite = databaseAtVersion(path, at);
    // Block it: one of the tables it creates already exists, or (a migration that adds columns) its last
    // column already exists, so that the statements before it have run when it fails.
    const lastSql = MIGRATIONS[at]!.sql;
    const before = columnsOf(sqlite);
    const firstTable = /CREATE (?:TABLE|INDEX) (\w+)/.exec(lastSql)?.[1];
    const lastColumn = [...lastSql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+ \w+)/g)].at(-1);
    if (firstTable) sqlite.exec(`CREATE TABLE ${firstTable} (bloque INTEGER)`);
    else sqlite.exec(`ALTER TABLE ${lastColumn![1]} ADD COLUMN ${lastColumn![2]}`);
    const blocked = columnsOf(sqlite);
    expect(() => migrate(sqlite, {})).toThrow();
    expect(schemaVersionOf(sqlite)).toBe(at);
    // Nothing of the failed migration stays: the tables are as they were once blocked.
    expect(columnsOf(sqlite)).toEqual(blocked);
    expect(Object.keys(blocked).filter((table) => table !== firstTable)).toEqual(Object.keys(before));
    sqlite.close();
  });
});
