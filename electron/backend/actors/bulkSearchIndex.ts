import type Database from 'better-sqlite3';

/**
 * The directory's full-text index (migration 013) is kept by a trigger on every actor inserted: one FTS5
 * insert per row, about six times the cost of one `INSERT … SELECT` over many rows (20,000 actors: ≈ 1.5 s
 * against ≈ 0.27 s on the build machine). A bulk writer suspends that trigger inside its own transaction,
 * indexes its new actors in batches (`flush`, before anything of the transaction updates them, since the
 * update trigger removes the old text from the index), and puts the trigger back before the commit
 * (`restore`). DDL is transactional in SQLite: a rollback puts the trigger back too.
 *
 * Only for a transaction in which every actor inserted goes through `add`.
 */
export interface DeferredSearchIndex {
  add(actorId: number): void;
  flush(): void;
  restore(): void;
}

const TRIGGER = 'actor_search_insert';
const BATCH = 5_000;

export function deferSearchIndex(sqlite: Database.Database): DeferredSearchIndex {
  const triggerSql = sqlite
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(TRIGGER) as string | undefined;
  if (triggerSql === undefined) throw new Error(`Le déclencheur ${TRIGGER} manque au schéma.`);
  sqlite.exec(`DROP TRIGGER ${TRIGGER}`);
  const index = sqlite.prepare(
    'INSERT INTO actor_search (rowid, search_text) SELECT id, search_text FROM actor WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  );
  let pending: number[] = [];
  let restored = false;
  const flush = () => {
    for (let start = 0; start < pending.length; start += BATCH)
      index.run(JSON.stringify(pending.slice(start, start + BATCH)));
    pending = [];
  };
  return {
    add(actorId) {
      pending.push(actorId);
    },
    flush,
    restore() {
      flush();
      if (restored) return;
      sqlite.exec(triggerSql);
      restored = true;
    },
  };
}
