import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import Papa from 'papaparse';

/**
 * The floor an import of a file cannot go under on this machine: the bytes decoded, read by papaparse (the
 * import's own parser), and each record written by one prepared INSERT into a single table of text columns, in
 * one transaction, in a new SQLite file with the app's settings (WAL, synchronous NORMAL). No validation, no
 * commune lookup, no second table: every import figure is printed as a multiple of this one.
 */
export function rawFloorOnce(path: string, bytes: Buffer): number {
  const sqlite = new Database(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    const start = performance.now();
    const text = bytes.toString('utf8');
    const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    const [headers, ...records] = data;
    const width = headers!.length;
    const columns = Array.from({ length: width }, (_, i) => `c${i} TEXT`).join(', ');
    sqlite.exec(`CREATE TABLE row (line INTEGER PRIMARY KEY, ${columns})`);
    const insert = sqlite.prepare(`INSERT INTO row VALUES (?${', ?'.repeat(width)})`);
    sqlite.transaction(() => {
      records.forEach((record, index) => insert.run(index + 2, ...record.slice(0, width)));
    })();
    const ms = performance.now() - start;
    const written = (sqlite.prepare('SELECT COUNT(*) AS n FROM row').get() as { n: number }).n;
    if (written !== records.length)
      throw new Error(`Plancher : ${written} lignes écrites sur ${records.length}.`);
    return ms;
  } finally {
    sqlite.close();
  }
}
