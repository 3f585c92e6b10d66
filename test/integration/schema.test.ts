import type Database from 'better-sqlite3';
import { CamelCasePlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/backend/db/open';
import { TABLE_COLUMNS } from '../../electron/backend/db/tableColumns';

/**
 * The Kysely `DB` interface is the database: `tableColumns.ts` (held to `DB` by the compiler) is compared
 * with every table and column SQLite reports after all migrations, named as the CamelCasePlugin names them.
 * A column added by a migration and not declared, a declared column no migration creates, a nullability or
 * a type that differs, or a `Generated<>` column the database cannot fill, fails here.
 */

interface ColumnInfo {
  name: string;
  type: string;
  notnull: 0 | 1;
  dflt_value: string | null;
  pk: number;
}

/** The plugin's own snake_case → camelCase conversion, so that the names are those queries use. */
class QueryNames extends CamelCasePlugin {
  of(name: string): string {
    return this.camelCase(name);
  }
}
const names = new QueryNames();

function tablesOf(sqlite: Database.Database): { name: string; withoutRowid: boolean }[] {
  return (sqlite.pragma('table_list') as { schema: string; name: string; type: string; wr: 0 | 1 }[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => ({ name: t.name, withoutRowid: t.wr === 1 }));
}

/**
 * A column as `tableColumns.ts` spells it. A primary key is never NULL for the app (SQLite's legacy would
 * take a NULL in a TEXT key of a rowid table; the app never writes one). ` generated` is added only where it
 * is declared and the database indeed fills the column: a default value or the rowid.
 */
function specOf(column: ColumnInfo, keyCount: number, withoutRowid: boolean, declared: string | undefined) {
  const nullable = column.notnull === 0 && column.pk === 0;
  const isRowid = column.pk === 1 && keyCount === 1 && column.type === 'INTEGER' && !withoutRowid;
  const filled = column.dflt_value !== null || isRowid;
  const generated = filled && declared?.endsWith(' generated') ? ' generated' : '';
  return `${column.type.toLowerCase()}${nullable ? ' null' : ''}${generated}`;
}

/** Every way the database differs from the declared schema, one line each (empty when they agree). */
function schemaDifferences(sqlite: Database.Database): string[] {
  const declaredTables: Record<string, Record<string, string>> = TABLE_COLUMNS;
  const differences: string[] = [];
  const seen = new Set<string>();
  for (const { name, withoutRowid } of tablesOf(sqlite)) {
    const table = names.of(name);
    seen.add(table);
    const declared = declaredTables[table];
    if (!declared) {
      differences.push(`table ${name} absente de DB`);
      continue;
    }
    const columns = sqlite.pragma(`table_info(${name})`) as ColumnInfo[];
    const keyCount = columns.filter((c) => c.pk > 0).length;
    const actual = new Map(
      columns.map((c) => {
        const column = names.of(c.name);
        return [column, specOf(c, keyCount, withoutRowid, declared[column])];
      }),
    );
    for (const [column, spec] of actual)
      if (declared[column] !== spec)
        differences.push(`${table}.${column} : base « ${spec} », DB « ${declared[column] ?? 'absente'} »`);
    for (const column of Object.keys(declared))
      if (!actual.has(column)) differences.push(`${table}.${column} déclarée dans DB, absente de la base`);
  }
  for (const table of Object.keys(declaredTables))
    if (!seen.has(table)) differences.push(`table ${table} déclarée dans DB, absente de la base`);
  return differences;
}

let opened: OpenDatabase | null = null;
const migrated = (): Database.Database => {
  opened = openDatabase(':memory:');
  return opened.sqlite;
};

afterEach(async () => {
  await opened?.close();
  opened = null;
});

describe('the Kysely schema', () => {
  it('declares every table and column the migrations create, as they are', () => {
    const sqlite = migrated();
    expect(tablesOf(sqlite).length).toBe(Object.keys(TABLE_COLUMNS).length);
    expect(schemaDifferences(sqlite)).toEqual([]);
  });

  it('tells a column, a table or a default the declaration does not match', () => {
    const sqlite = migrated();
    sqlite.exec(`
      ALTER TABLE actor ADD COLUMN extra_note TEXT;
      CREATE TABLE stray (id INTEGER PRIMARY KEY);
      DROP TABLE commune_contour;
      DROP TABLE roadmap_version;
      CREATE TABLE roadmap_version (number INTEGER PRIMARY KEY, adopted_on TEXT, place TEXT NOT NULL,
        title TEXT NOT NULL, content BLOB NOT NULL, frozen_at TEXT NOT NULL);
      DROP TABLE indicator_value;
      DROP TABLE indicator;
      CREATE TABLE indicator (dataset_id INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL,
        unit TEXT NOT NULL, position INTEGER NOT NULL, direction TEXT NOT NULL DEFAULT 'higherIsMoreFragile',
        PRIMARY KEY (dataset_id, key)) WITHOUT ROWID;
    `);
    expect(schemaDifferences(sqlite).sort()).toEqual(
      [
        'actor.extraNote : base « text null », DB « absente »',
        'roadmapVersion.adoptedOn : base « text null », DB « text »',
        'roadmapVersion.content : base « blob », DB « text »',
        'indicator.unit : base « text », DB « text generated »',
        'table stray absente de DB',
        'table communeContour déclarée dans DB, absente de la base',
        'table indicatorValue déclarée dans DB, absente de la base',
      ].sort(),
    );
  });
});
