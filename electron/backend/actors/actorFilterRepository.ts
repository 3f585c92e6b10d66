import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB, FacetKind } from '../db/schema';
import { jsonList } from '../db/jsonList';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { freshnessThresholds, type Freshness } from '../../../shared/actors/freshness';
import { escapeLike, searchWords } from './searchText';
import { idsInAny, idsInEvery, idsWithout, MOST_LISTS } from './idMarks';
import type { NetworkStatusFilter } from '../../../shared/network/networkDto';

/**
 * The directory's search and filters as sets of actor ids (OR within a filter, AND across filters), and the
 * count of the actors they match. List values travel as one JSON parameter each (`json_each`), whatever their
 * number. The list's order and page are read in `actorListRepository.ts`.
 *
 * How it stays fast at 100,000 actors (see `npm run bench`, `test/bench/queriesOnly.mts`): each filter is a set
 * of actor ids read from an index: tags and services from the facet index (`facetRepository.ts`), communes from
 * their indexes, search words of three characters or more from the trigram index `actor_search` (migration
 * 013); shorter words and freshness are conditions on the row. The total is counted driven by one set (the
 * search, else the communes, else the smallest facet filter) and probing the others, without reading the actor
 * rows unless a row condition needs them.
 */

export type ActorListValues = ApiParsedInput<'actors.list'>;
export type ActorFilterValues = Omit<ActorListValues, 'sort' | 'offset' | 'limit'>;

export type Sql = RawBuilder<unknown>;

/** One filter as a set of actor ids: as rows (`SELECT … AS id`) to drive a query, or as a test on an id. */
export interface IdSet {
  rows: Sql;
  has: (id: Sql) => Sql;
  /** The same test on the actor row `a`, where the query reads it (a filter on the row's own columns). */
  onRow?: Sql;
  /** An index that gives the set's actors in the name order (ties by id), and the condition that reads them. */
  byName?: { index: Sql; condition: Sql };
  /** When known, how many live actors the set holds, all meeting the filters' row conditions. */
  liveCount?: number;
  /**
   * Finding the set again costs more than reading its matches once: with other filters, the matches are read
   * in one query, as a list the count and the page share (the trigram search).
   */
  readOnce?: boolean;
}

/** Ids read once, as one JSON list (that know their number when they are all live and meet the row conditions). */
function listSet(ids: string, liveCount?: number): IdSet {
  return {
    rows: sql`SELECT value AS id FROM json_each(${ids})`,
    has: (id) => sql`${id} IN (SELECT value FROM json_each(${ids}))`,
    liveCount,
  };
}

/** The test of `set` where the actor row `a` is read. */
export const testOnRow = (set: IdSet): Sql => set.onRow ?? set.has(sql`a.id`);

/**
 * Actors that have one of the facets `ids` (read first from `facet`, so that each test of an actor is one
 * key lookup in the facet index, not a subquery run again for every actor walked past).
 */
function facetSet(ids: number[]): IdSet {
  const list = ids.length > 0 ? sql.join(ids) : sql`NULL`;
  // One facet names each actor once; several may name one twice.
  const distinct = ids.length === 1 ? sql`` : sql`DISTINCT`;
  return {
    rows: sql`SELECT ${distinct} actor_id AS id FROM actor_facet WHERE facet_id IN (${list})`,
    has: (id) => sql`EXISTS (SELECT 1 FROM actor_facet WHERE facet_id IN (${list}) AND actor_id = ${id})`,
  };
}

/**
 * Actors whose own commune, one of whose places, or one of whose permanences is in `codes`. With conditions on
 * the actor row (freshness, short words), the set keeps only the live actors that meet them and knows its size:
 * the count is then read off the set instead of looking every actor up a second time.
 */
async function communeSet(db: Kysely<DB>, communeCodes: string[], rowConditions: Sql[]): Promise<IdSet> {
  const codes = jsonList(communeCodes);
  // Each branch is one index range read as a list; their union is made in JavaScript (`idMarks.ts`): SQLite's
  // `UNION` sorted them through temporary trees (freshness + 5 communes of 100,000 actors: 6–8 ms of 12).
  const { rows: branches } = await sql<{ ids: string }>`
      SELECT json_group_array(id) AS ids FROM actor WHERE commune_code IN ${codes}
      UNION ALL SELECT json_group_array(actor_id) FROM place WHERE commune_code IN ${codes}
      UNION ALL SELECT json_group_array(p.actor_id) FROM permanence pe JOIN place p ON p.id = pe.place_id
        WHERE pe.commune_code IN ${codes}`.execute(db);
  const union = JSON.stringify(idsInAny(branches.map((branch) => JSON.parse(branch.ids) as number[])));
  if (rowConditions.length === 0) return listSet(union);
  // The row conditions read once, as one JSON list given to the count and to the page.
  return await liveMatchesOf(db, union, rowConditions);
}

/** The live actors of the JSON list `ids` that meet `rowConditions`, looked up by id: a set that knows its size. */
async function liveMatchesOf(db: Kysely<DB>, ids: string, rowConditions: Sql[]): Promise<IdSet> {
  const { rows } = await sql<{ ids: string; n: number }>`SELECT json_group_array(a.id) AS ids, COUNT(*) AS n
    FROM json_each(${ids}) j CROSS JOIN actor a INDEXED BY actor_keys ON a.id = j.value
    WHERE ${and([sql`a.deleted_at IS NULL`, ...rowConditions])}`.execute(db);
  return listSet(rows[0]?.ids ?? '[]', rows[0]?.n ?? 0);
}

/**
 * Actors by their status in the network (migration 015), `none` for those not said yet: each status is a
 * range of the index `actor_live_network`, so that the set reads no actor row; a probe is one key lookup.
 */
function networkSet(statuses: NetworkStatusFilter[]): IdSet {
  const named = statuses.filter((status) => status !== 'none');
  const conditions = (alias: string) => {
    const column = sql.raw(`${alias}.network_status`);
    return [
      ...(named.length > 0 ? [sql`${column} IN (${sql.join(named)})`] : []),
      ...(statuses.includes('none') ? [sql`${column} IS NULL`] : []),
    ];
  };
  const onRow = (alias: string) => sql`(${sql.join(conditions(alias), sql` OR `)})`;
  const ranges = conditions('r').map(
    (condition) =>
      sql`SELECT r.id AS id FROM actor r INDEXED BY actor_live_network WHERE r.deleted_at IS NULL AND ${condition}`,
  );
  return {
    rows: sql.join(ranges, sql` UNION ALL `),
    has: (id) =>
      sql`EXISTS (SELECT 1 FROM actor s INDEXED BY actor_keys WHERE s.id = ${id} AND ${onRow('s')})`,
    onRow: onRow('a'),
    // One status is one range of `actor_live_network`, in the name order: a page is read from it alone.
    byName:
      statuses.length === 1 ? { index: sql.raw('actor_live_network'), condition: onRow('a') } : undefined,
  };
}

/** FTS5's string syntax: the word between double quotes, its own double quotes doubled. */
const phrase = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * Actors whose `search_text` contains every one of `words` (three characters or more): the trigram index
 * (migration 013) matches each word as the phrase of its trigrams, which is « contains the word ».
 */
function searchSet(words: string[]): IdSet {
  const match = words.map(phrase).join(' AND ');
  const rows = sql`SELECT rowid AS id FROM actor_search WHERE actor_search MATCH ${match}`;
  return { rows, has: (id) => sql`${id} IN (${rows})`, readOnce: true };
}

/**
 * The freshness filter as ranges of the check date: the classes chosen that touch (« 12 à 18 mois » and
 * « plus de 18 mois ») become one range, which the index ordered by check date reads alone instead of walking
 * past every recent actor; « jamais vérifié » is the NULL dates.
 */
function freshnessCondition(freshness: Freshness[], today: string): Sql {
  const { over12Before, over18Before } = freshnessThresholds(today);
  // The dated classes in ascending order of dates, each [from, to) (null: unbounded).
  const classes: [Freshness, string | null, string | null][] = [
    ['over18', null, over18Before],
    ['over12', over18Before, over12Before],
    ['recent', over12Before, null],
  ];
  const ranges: [string | null, string | null][] = [];
  for (const [kind, from, to] of classes) {
    if (!freshness.includes(kind)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === from) last[1] = to;
    else ranges.push([from, to]);
  }
  const conditions = ranges.map(([from, to]) => {
    const bounds = [
      from === null ? sql`a.last_verified_on IS NOT NULL` : sql`a.last_verified_on >= ${from}`,
      ...(to === null ? [] : [sql`a.last_verified_on < ${to}`]),
    ];
    return sql`(${sql.join(bounds, sql` AND `)})`;
  });
  if (freshness.includes('never')) conditions.push(sql`a.last_verified_on IS NULL`);
  return sql`(${sql.join(conditions, sql` OR `)})`;
}

/** A trigram holds three characters: a shorter word has none, and is looked for in the row's text. */
const TRIGRAM = 3;

export interface Filters {
  /** The search's set first, then the communes', then the facets'. */
  sets: IdSet[];
  /** Conditions on the actor row `a` (freshness, short search words). */
  rowConditions: Sql[];
}

/** The facet ids of each facet filter, in one query. */
async function facetIdsOf(db: Kysely<DB>, filters: [FacetKind[], string[]][]): Promise<number[][]> {
  if (filters.length === 0) return [];
  const { rows } = await sql<{ filter: number; id: number }>`${sql.join(
    filters.map(
      ([kinds, values], filter) =>
        sql`SELECT ${filter} AS filter, id FROM facet WHERE kind IN (${sql.join(kinds)}) AND value IN ${jsonList(values)}`,
    ),
    sql` UNION ALL `,
  )}`.execute(db);
  return filters.map((_, filter) => rows.filter((row) => row.filter === filter).map((row) => row.id));
}

async function filtersOf(db: Kysely<DB>, query: ActorFilterValues, today: string): Promise<Filters> {
  const sets: IdSet[] = [];
  const rowConditions: Sql[] = [];
  const words = searchWords(query.search);
  const indexed = words.filter((word) => [...word].length >= TRIGRAM);
  if (indexed.length > 0) sets.push(searchSet(indexed));
  for (const word of words.filter((word) => [...word].length < TRIGRAM))
    rowConditions.push(sql`a.search_text LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
  if (query.freshness.length > 0) rowConditions.push(freshnessCondition(query.freshness, today));
  // The status is a condition on the actor row, which the communes' set reads anyway: tested there, it leaves
  // that set with only the actors of the status (members + freshness + 5 communes of 100,000: 23.3 → 15.9 ms).
  const network = query.networkStatuses.length > 0 ? networkSet(query.networkStatuses) : null;
  if (query.communeCodes.length > 0) {
    const onRow = network?.onRow ? [network.onRow] : [];
    sets.push(await communeSet(db, query.communeCodes, [...rowConditions, ...onRow]));
  }
  const facets: [FacetKind[], string[]][] = [];
  if (query.typologies.length > 0) facets.push([['typology'], query.typologies]);
  if (query.roles.length > 0) facets.push([['role'], query.roles]);
  if (query.publics.length > 0) facets.push([['public'], query.publics]);
  if (query.labels.length > 0) facets.push([['programme', 'label'], query.labels]);
  if (query.services.length > 0) facets.push([['service'], query.services]);
  for (const ids of await facetIdsOf(db, facets)) sets.push(facetSet(ids));
  if (network && query.communeCodes.length === 0) sets.push(network);
  return { sets, rowConditions };
}

export const and = (conditions: Sql[]) => (conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`1`);

/**
 * The matches' ids (or their count), driven by the first set: its rows are looked up in `actor_keys` only
 * when a row condition needs the actor; otherwise the trash is left out by a set of its few ids.
 */
function matchesFrom(filters: Filters, selectOf: (id: Sql) => Sql): Sql {
  const [driver, ...others] = filters.sets;
  if (!driver)
    return sql`SELECT ${selectOf(sql`a.id`)} FROM actor a INDEXED BY actor_live_list
    WHERE ${and([sql`a.deleted_at IS NULL`, ...filters.rowConditions])}`;
  const probes = others.map((set) => set.has(sql`d.id`));
  if (filters.rowConditions.length === 0)
    return sql`SELECT ${selectOf(sql`d.id`)} FROM (${driver.rows}) d
      WHERE ${and([sql`d.id NOT IN (SELECT id FROM actor WHERE deleted_at IS NOT NULL)`, ...probes])}`;
  return sql`SELECT ${selectOf(sql`d.id`)} FROM (${driver.rows}) d CROSS JOIN actor a INDEXED BY actor_keys ON a.id = d.id
    WHERE ${and([sql`a.deleted_at IS NULL`, ...others.map(testOnRow), ...filters.rowConditions])}`;
}

/**
 * Facet filters only: the smallest drives (each probe costs a key lookup; reading a set costs little). Answers
 * the sets in that order and their sizes.
 */
async function withSmallestFirst(
  db: Kysely<DB>,
  filters: Filters,
): Promise<{ filters: Filters; sizes: number[] }> {
  if (filters.sets.length < 2) return { filters, sizes: [] };
  const sizes = (
    await sql<{ n: number }>`${sql.join(
      filters.sets.map((set) => sql`SELECT COUNT(*) AS n FROM (${set.rows})`),
      sql` UNION ALL `,
    )}`.execute(db)
  ).rows.map((row) => row.n);
  const order = filters.sets.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
  return {
    filters: { ...filters, sets: order.map((i) => filters.sets[i]!) },
    sizes: order.map((i) => sizes[i]!),
  };
}

/**
 * Probing an id costs about as much as reading this many ids of a set to JavaScript (≈ 270 ns against
 * ≈ 75 ns at 100,000 actors, `idMarks.ts`).
 */
const PROBE_PER_READ = 3.6;

/** Whether reading every set whole costs less than probing the smallest one's ids in each of the others. */
function readingBeatsProbing(sizes: number[]): boolean {
  const [smallest, ...others] = sizes;
  if (smallest === undefined || others.length === 0 || sizes.length > MOST_LISTS) return false;
  const read = sizes.reduce((sum, size) => sum + size, 0);
  return read < PROBE_PER_READ * smallest * others.length;
}

/** The live actors in every one of `filters`' sets that meet its row conditions, read once as one list. */
async function intersected(db: Kysely<DB>, filters: Filters): Promise<IdSet> {
  const { rows } = await sql<{ k: number; ids: string }>`${sql.join(
    filters.sets.map((set, k) => sql`SELECT ${k} AS k, json_group_array(id) AS ids FROM (${set.rows})`),
    sql` UNION ALL `,
  )}`.execute(db);
  const lists = rows.sort((a, b) => a.k - b.k).map((row) => JSON.parse(row.ids) as number[]);
  const ids = idsInEvery(lists);
  if (filters.rowConditions.length > 0)
    return await liveMatchesOf(db, JSON.stringify(ids), filters.rowConditions);
  const { rows: trash } = await sql<{ ids: string }>`SELECT json_group_array(id) AS ids FROM actor
    WHERE deleted_at IS NOT NULL`.execute(db);
  const live = idsWithout(ids, JSON.parse(trash[0]?.ids ?? '[]') as number[]);
  return listSet(JSON.stringify(live), live.length);
}

/** The total of matching actors, and the filters as sets the page reads again. */
export async function countMatches(db: Kysely<DB>, query: ActorFilterValues, today: string) {
  let filters = await filtersOf(db, query, today);
  const onlyFacets = query.search === '' && query.communeCodes.length === 0;
  if (onlyFacets) {
    const ordered = await withSmallestFirst(db, filters);
    filters = ordered.filters;
    if (readingBeatsProbing(ordered.sizes)) {
      // Read once and intersected (role + service of 100,000 actors: 10.5 → ≈ 6 ms): the page takes the list.
      const once = await intersected(db, filters);
      return { filters: { sets: [once], rowConditions: [] }, total: once.liveCount ?? 0 };
    }
  }
  const plain = filters.sets.length === 0 && filters.rowConditions.length === 0;
  const [only] = filters.sets;
  if (filters.sets.length === 1 && only?.liveCount !== undefined) return { filters, total: only.liveCount };
  if (only?.readOnce && filters.sets.length + filters.rowConditions.length > 1) {
    // Read once (« repéré » + « mediath » of 100,000: 17.7 → 12.1 ms): the page takes the list.
    const { rows } = await sql<{ ids: string; n: number }>`SELECT json_group_array(id) AS ids, COUNT(*) AS n
      FROM (${matchesFrom(filters, (id) => sql`${id} AS id`)})`.execute(db);
    const once = listSet(rows[0]?.ids ?? '[]', rows[0]?.n ?? 0);
    return { filters: { sets: [once], rowConditions: [] }, total: once.liveCount ?? 0 };
  }
  const { rows } = plain
    ? await sql<{ total: number }>`SELECT COUNT(*) AS total FROM actor WHERE deleted_at IS NULL`.execute(db)
    : await sql<{ total: number }>`${matchesFrom(filters, () => sql`COUNT(*) AS total`)}`.execute(db);
  return { filters, total: rows[0]?.total ?? 0 };
}

/** Every live actor matching the list's search and filters (no paging, no order): for the map and exports. */
export async function matchingActorIds(
  db: Kysely<DB>,
  filters: ActorFilterValues,
  today: string,
): Promise<number[]> {
  const matches = matchesFrom(await filtersOf(db, filters, today), (id) => sql`${id} AS id`);
  const { rows } = await sql<{ id: number }>`${matches}`.execute(db);
  return rows.map((row) => row.id);
}
