import { sql, type Kysely } from 'kysely';
import type { DataStore } from '../db/dataStore';
import type { DB, FacetKind } from '../db/schema';

/**
 * `actor_facet`, the index of what the directory filters on (migration 011): one pair of small integers per
 * actor and value, the value named once in `facet`. It is derived from the rows' `tags` and rewritten with
 * them, inside the caller's transaction.
 *
 * Deleting an actor's facets names every facet id and the actor (`facet_id IN (…) AND actor_id = ?`): the
 * primary key (facet, actor) answers that with a probe per facet (a hundred or so), so no second index on the
 * actor is needed, and writes stay one B-tree insert per value.
 */

export interface Facet {
  kind: FacetKind;
  value: string;
}

/** Replaces an actor's facets (create, update): Kysely, inside the caller's transaction. */
export async function replaceFacets(
  db: Kysely<DB>,
  actorId: number,
  facets: readonly Facet[],
): Promise<void> {
  await deleteFacets(db, actorId);
  if (facets.length === 0) return;
  await db
    .insertInto('facet')
    .values(facets.map(({ kind, value }) => ({ kind, value })))
    .onConflict((conflict) => conflict.columns(['kind', 'value']).doNothing())
    .execute();
  await db
    .insertInto('actorFacet')
    .columns(['facetId', 'actorId'])
    .expression(
      db
        .selectFrom('facet')
        .select(['id', sql.lit(actorId).as('actorId')])
        .where((eb) =>
          eb.or(facets.map(({ kind, value }) => eb.and([eb('kind', '=', kind), eb('value', '=', value)]))),
        ),
    )
    .execute();
}

/** Removes an actor's facets (before it is deleted for good, or rewritten). */
export async function deleteFacets(db: Kysely<DB>, actorId: number): Promise<void> {
  await db
    .deleteFrom('actorFacet')
    .where('facetId', 'in', db.selectFrom('facet').select('id'))
    .where('actorId', '=', actorId)
    .execute();
}

export interface BulkFacetWriter {
  /** Notes a new actor's facets; nothing is written before `flush`. */
  add(actorId: number, facets: readonly Facet[]): void;
  /**
   * Writes every pair noted so far, sorted, in a few statements. Must run before the transaction commits,
   * and before anything else of the transaction rewrites the facets of an actor created here.
   */
  flush(): void;
}

/** Pairs packed in one number (facet id × 2^32 + actor id), sorted as the primary key. */
const PACK = 2 ** 32;
const FLUSH_BATCH = 20_000;

/**
 * For the import's new actors: pairs are gathered, then inserted in primary-key order through `json_each`, a
 * few statements for the whole file. Measured on 20,000 rows: about half the time of one insert per pair in
 * file order (the B-tree is appended to instead of written all over).
 */
export function bulkFacetWriter({ sqlite }: Pick<DataStore, 'sqlite'>): BulkFacetWriter {
  const ids = new Map<string, number>();
  for (const row of sqlite.prepare('SELECT id, kind, value FROM facet').all() as (Facet & { id: number })[])
    ids.set(`${row.kind}\u0001${row.value}`, row.id);
  // Another writer of the same transaction (an update of the same import) may have named it meanwhile.
  const insertFacet = sqlite.prepare('INSERT OR IGNORE INTO facet (kind, value) VALUES (?, ?)');
  const facetIdOf = sqlite.prepare('SELECT id FROM facet WHERE kind = ? AND value = ?').pluck();
  const insertPairs = sqlite.prepare(
    'INSERT OR IGNORE INTO actor_facet (facet_id, actor_id) SELECT value / 4294967296, value % 4294967296 FROM json_each(?)',
  );
  const facetId = ({ kind, value }: Facet): number => {
    const key = `${kind}\u0001${value}`;
    let id = ids.get(key);
    if (id === undefined) {
      insertFacet.run(kind, value);
      id = facetIdOf.get(kind, value) as number;
      ids.set(key, id);
    }
    return id;
  };
  let pending: number[] = [];
  return {
    add(actorId, facets) {
      for (const facet of facets) pending.push(facetId(facet) * PACK + actorId);
    },
    flush() {
      const sorted = Float64Array.from(pending).sort();
      pending = [];
      for (let start = 0; start < sorted.length; start += FLUSH_BATCH)
        insertPairs.run(JSON.stringify(Array.from(sorted.subarray(start, start + FLUSH_BATCH))));
    },
  };
}
