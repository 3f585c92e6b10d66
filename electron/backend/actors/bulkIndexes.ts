import type Database from 'better-sqlite3';

/**
 * The directory's secondary indexes (eleven on `actor`, the others on its places, contacts and permanences),
 * set aside while a bulk writer fills the tables and built again once, from the rows in place, before the
 * commit: SQLite builds an index by sorting its rows, much faster than by inserting them one by one in file
 * order (20,000 rows into an empty directory: ≈ 1.2 s of writing become ≈ 1.0 s, the rebuild ≈ 0.2 s of it).
 * Only worth it when the tables hold no more rows than are coming: rebuilding also re-sorts what was already
 * there. Unique indexes stay (a duplicate must be refused at its row). DDL is transactional in SQLite: a
 * rollback puts every index back as it was.
 *
 * `restore` must run before anything of the transaction reads the tables other than by id.
 */
export interface DeferredIndexes {
  restore(): void;
}

const TABLES = ['actor', 'place', 'contact', 'permanence'] as const;

export function deferIndexes(sqlite: Database.Database, comingActors: number): DeferredIndexes {
  const present = sqlite.prepare('SELECT COUNT(*) FROM actor').pluck().get() as number;
  if (present > comingActors) return { restore: () => {} };
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
         AND tbl_name IN (${TABLES.map(() => '?').join(', ')})`,
    )
    .all(...TABLES) as { name: string; sql: string }[];
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  let restored = false;
  return {
    restore() {
      if (restored) return;
      restored = true;
      for (const { sql } of indexes) sqlite.exec(sql);
    },
  };
}
