import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ActorTagKind, DB, FacetKind, PlaceTagKind } from '../db/schema';
import { jsonList } from '../db/jsonList';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActorListPageDto, ActorSummaryDto } from '../../../shared/actors/dto';
import { freshnessOf, freshnessThresholds, type Freshness } from '../../../shared/actors/freshness';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { Service } from '../../../shared/vocabularies/lieuxMediation';
import { escapeLike, searchWords } from './searchText';
import { decodeTags, inVocabularyOrder } from './tags';
import { communeNameOf } from '../territory/referenceData';
import type { NetworkStatusFilter } from '../../../shared/network/networkDto';

/**
 * The directory list: search, filters (OR within a filter, AND across filters), sort, one page and the
 * total. List values travel as one JSON parameter each (`json_each`), whatever their number.
 *
 * How it stays fast at 100,000 actors (see `npm run bench`, `test/bench/queriesOnly.mts`):
 * - each filter is a set of actor ids read from an index: tags and services from the facet index
 *   (`facetRepository.ts`), communes from their indexes, search words of three characters or more from the
 *   trigram index `actor_search` (migration 013); shorter words and freshness are conditions on the row;
 * - the total is counted first, driven by one set (the search, else the communes, else the smallest facet
 *   filter) and probing the others, without reading the actor rows unless a row condition needs them;
 * - knowing the total, the page is either read in the list's order through an index that gives it (ties
 *   included) and stops after its rows, probing each actor against the filters, when matches are dense
 *   enough; or, when they are few, the matches are looked up by id in `actor_keys` and sorted.
 * - the page's names, communes and multi-valued fields come in two more queries, for the page's ids only.
 */

export type ActorListValues = ApiParsedInput<'actors.list'>;
export type ActorFilterValues = Omit<ActorListValues, 'sort' | 'offset' | 'limit'>;

type Sql = RawBuilder<unknown>;

/** One filter as a set of actor ids: as rows (`SELECT … AS id`) to drive a query, or as a test on an id. */
interface IdSet {
  rows: Sql;
  has: (id: Sql) => Sql;
  /** The same test on the actor row `a`, where the query reads it (a filter on the row's own columns). */
  onRow?: Sql;
  /** An index that gives the set's actors in the name order (ties by id), and the condition that reads them. */
  byName?: { index: Sql; condition: Sql };
}

/** The test of `set` where the actor row `a` is read. */
const testOnRow = (set: IdSet): Sql => set.onRow ?? set.has(sql`a.id`);

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

/** Actors whose own commune, one of whose places, or one of whose permanences is in `codes`. */
async function communeSet(db: Kysely<DB>, communeCodes: string[]): Promise<IdSet> {
  const codes = jsonList(communeCodes);
  // Read once, as one JSON list, then given to the count and to the page: the union of three tables costs
  // more than reading the list back twice (freshness + 5 communes of 100,000 actors: 21 → ≈ 12 ms).
  const { rows } = await sql<{ ids: string }>`SELECT json_group_array(id) AS ids FROM (
      SELECT id FROM actor WHERE commune_code IN ${codes}
      UNION SELECT actor_id FROM place WHERE commune_code IN ${codes}
      UNION SELECT p.actor_id FROM permanence pe JOIN place p ON p.id = pe.place_id WHERE pe.commune_code IN ${codes})`.execute(
    db,
  );
  const ids = rows[0]?.ids ?? '[]';
  return {
    rows: sql`SELECT value AS id FROM json_each(${ids})`,
    has: (id) => sql`${id} IN (SELECT value FROM json_each(${ids}))`,
  };
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
  return { rows, has: (id) => sql`${id} IN (${rows})` };
}

/**
 * The freshness filter as ranges of the check date: the classes chosen that touch (« plus de 12 mois » and
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

interface Filters {
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
  if (query.communeCodes.length > 0) sets.push(await communeSet(db, query.communeCodes));
  const facets: [FacetKind[], string[]][] = [];
  if (query.typologies.length > 0) facets.push([['typology'], query.typologies]);
  if (query.roles.length > 0) facets.push([['role'], query.roles]);
  if (query.publics.length > 0) facets.push([['public'], query.publics]);
  if (query.labels.length > 0) facets.push([['programme', 'label'], query.labels]);
  if (query.services.length > 0) facets.push([['service'], query.services]);
  for (const ids of await facetIdsOf(db, facets)) sets.push(facetSet(ids));
  if (query.networkStatuses.length > 0) sets.push(networkSet(query.networkStatuses));
  return { sets, rowConditions };
}

const and = (conditions: Sql[]) => (conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`1`);

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

/** Facet filters only: the smallest drives (each probe costs a key lookup; reading a set costs little). */
async function withSmallestFirst(db: Kysely<DB>, filters: Filters): Promise<Filters> {
  if (filters.sets.length < 2) return filters;
  const sizes = (
    await sql<{ n: number }>`${sql.join(
      filters.sets.map((set) => sql`SELECT COUNT(*) AS n FROM (${set.rows})`),
      sql` UNION ALL `,
    )}`.execute(db)
  ).rows.map((row) => row.n);
  const order = filters.sets.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
  return { ...filters, sets: order.map((i) => filters.sets[i]!) };
}

async function countMatches(db: Kysely<DB>, query: ActorFilterValues, today: string) {
  let filters = await filtersOf(db, query, today);
  const onlyFacets = query.search === '' && query.communeCodes.length === 0;
  if (onlyFacets) filters = await withSmallestFirst(db, filters);
  const plain = filters.sets.length === 0 && filters.rowConditions.length === 0;
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
const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Fills the connection's temporary table `commune_order_asc` (or `_desc`) with the territory's communes in
 * the list's order: French alphabetical order of their names (É sorts with E), reversed for `desc`. Ranked
 * by an integer key, so that a page by commune walks this table in order and each commune's actors by name
 * (`actor_live_commune`), with no sort. Each statement leaves the table whole, so that two lists asked at
 * once cannot trip over each other. Answers whether some live actor's commune is outside the territory
 * (ranked with those that have none: the walk does not give their order, the page is then sorted).
 */
async function orderCommunes(db: Kysely<DB>, direction: 'asc' | 'desc'): Promise<{ outside: boolean }> {
  const communes = await db.selectFrom('territoryCommune').select(['code', 'name']).execute();
  const sorted = communes
    .sort((a, b) => frenchOrder.compare(a.name, b.name) || a.code.localeCompare(b.code))
    .map((commune) => commune.code);
  const codes = JSON.stringify(direction === 'asc' ? sorted : sorted.reverse());
  const table = sql.raw(`temp.commune_order_${direction}`);
  await sql`CREATE TEMP TABLE IF NOT EXISTS ${sql.raw(`commune_order_${direction}`)}
    (rank INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)`.execute(db);
  await sql`INSERT OR REPLACE INTO ${table} (rank, code) SELECT key, value FROM json_each(${codes})`.execute(
    db,
  );
  await sql`DELETE FROM ${table} WHERE code NOT IN (SELECT value FROM json_each(${codes}))`.execute(db);
  // The actors' distinct communes, one index seek each (a skip scan written out).
  const { rows } = await sql<{ outside: number }>`WITH RECURSIVE c (code) AS (
      SELECT MIN(commune_code) FROM actor WHERE deleted_at IS NULL
      UNION ALL SELECT (SELECT MIN(commune_code) FROM actor WHERE deleted_at IS NULL AND commune_code > c.code)
      FROM c WHERE c.code IS NOT NULL)
    SELECT EXISTS (SELECT 1 FROM c WHERE code IS NOT NULL AND code NOT IN (SELECT code FROM ${table})) AS outside`.execute(
    db,
  );
  return { outside: rows[0]?.outside === 1 };
}

/** The list's order on the rows `a` (with `r`, the commune order, for the commune sort). */
function orderBy(query: ActorListValues): Sql {
  const dir = sql.raw(query.sort.direction === 'desc' ? 'DESC' : 'ASC');
  switch (query.sort.field) {
    case 'name':
      return sql`a.name_key ${dir}, a.id ${dir}`;
    case 'commune': // actors without a commune last, whatever the direction (the ranks follow it)
      return sql`r.rank IS NULL, r.rank, a.name_key, a.id`;
    case 'lastVerifiedOn': // never verified last, whatever the direction
      return sql`a.last_verified_on IS NULL, a.last_verified_on ${dir}, a.name_key, a.id`;
    case 'updatedAt':
      return sql`a.updated_at ${dir}, a.id ${dir}`;
  }
}

const communeOrder = (query: ActorListValues) => sql.raw(`temp.commune_order_${query.sort.direction}`);

/** The page by sorting every match, looked up by id (narrow filters, whole lists). */
function sortedPage(query: ActorListValues, filters: Filters): Sql {
  const [driver, ...others] = filters.sets;
  const rank =
    query.sort.field === 'commune'
      ? sql`LEFT JOIN ${communeOrder(query)} r ON r.code = a.commune_code`
      : sql``;
  const from = driver
    ? sql`(${driver.rows}) d CROSS JOIN actor a INDEXED BY actor_keys ON a.id = d.id`
    : sql`actor a INDEXED BY actor_live_list`;
  const where = and([sql`a.deleted_at IS NULL`, ...others.map(testOnRow), ...filters.rowConditions]);
  return sql`SELECT a.id AS id FROM ${from} ${rank} WHERE ${where}
    ORDER BY ${orderBy(query)} LIMIT ${query.limit} OFFSET ${query.offset}`;
}

/**
 * The page read in the list's order through an index that gives it, ties included, testing each actor
 * against the filters and stopping after the page (dense matches). Actors never verified, or without a
 * commune, come from their own range of the same index, after the others.
 */
function walkedPage(query: ActorListValues, filters: Filters): Sql {
  const tests = [...filters.sets.map(testOnRow), ...filters.rowConditions];
  const where = (...conditions: Sql[]) => and([sql`a.deleted_at IS NULL`, ...conditions, ...tests]);
  const page = sql`LIMIT ${query.limit} OFFSET ${query.offset}`;
  const dir = sql.raw(query.sort.direction === 'desc' ? 'DESC' : 'ASC');
  switch (query.sort.field) {
    case 'name': {
      const [only, ...others] = filters.sets;
      if (only?.byName && others.length === 0 && filters.rowConditions.length === 0)
        return sql`SELECT a.id AS id FROM actor a INDEXED BY ${only.byName.index}
          WHERE a.deleted_at IS NULL AND ${only.byName.condition} ORDER BY a.name_key ${dir}, a.id ${dir} ${page}`;
      return sql`SELECT a.id AS id FROM actor a INDEXED BY actor_live_name WHERE ${where()}
        ORDER BY a.name_key ${dir}, a.id ${dir} ${page}`;
    }
    case 'updatedAt':
      return sql`SELECT a.id AS id FROM actor a INDEXED BY actor_live_updated WHERE ${where()}
        ORDER BY a.updated_at ${dir}, a.id ${dir} ${page}`;
    case 'commune':
      return sql`SELECT id FROM (
          SELECT a.id AS id, r.rank AS k, a.name_key AS nk
            FROM ${communeOrder(query)} r CROSS JOIN actor a INDEXED BY actor_live_commune ON a.commune_code = r.code
            WHERE ${where()}
          UNION ALL
          SELECT a.id, 2147483647, a.name_key FROM actor a INDEXED BY actor_live_commune
            WHERE ${where(sql`a.commune_code IS NULL`)}
          ORDER BY 2, 3, 1 ${page}) ORDER BY k, nk, id`;
    case 'lastVerifiedOn':
      if (query.sort.direction === 'desc')
        // Descending, the index puts the never verified (NULL) last: the list's order as it stands.
        return sql`SELECT a.id AS id FROM actor a INDEXED BY actor_live_verified_desc WHERE ${where()}
          ORDER BY a.last_verified_on DESC, a.name_key, a.id ${page}`;
      return sql`SELECT id FROM (
          SELECT a.id AS id, a.last_verified_on AS d, a.name_key AS nk
            FROM actor a INDEXED BY actor_live_verified_asc WHERE ${where(sql`a.last_verified_on IS NOT NULL`)}
          UNION ALL
          SELECT a.id, '~', a.name_key FROM actor a INDEXED BY actor_live_verified_asc
            WHERE ${where(sql`a.last_verified_on IS NULL`)}
          ORDER BY 2, 3, 1 ${page}) ORDER BY d, nk, id`;
  }
}

/**
 * Reading in order costs about one test per actor walked past, (offset + limit) × actors ÷ matches;
 * sorting costs one lookup per match. Walk when the first is the smaller (a test is cheaper than a lookup
 * and a sort, hence the factor).
 */
const WALK_FACTOR = 3;

/** The ids of the page, in order, and the total number of matching actors. */
async function pageIds(
  db: Kysely<DB>,
  query: ActorListValues,
  today: string,
): Promise<{ ids: number[]; total: number }> {
  const { filters, total } = await countMatches(db, query, today);
  if (total === 0 || (query.limit !== -1 && query.offset >= total)) return { ids: [], total };
  let walk = false;
  if (query.limit !== -1) {
    const { rows } = await sql<{ n: number | null }>`SELECT MAX(id) AS n FROM actor`.execute(db);
    const actors = rows[0]?.n ?? 0;
    walk = ((query.offset + query.limit) * actors) / total <= WALK_FACTOR * total;
  }
  if (query.sort.field === 'commune') {
    const { outside } = await orderCommunes(db, query.sort.direction);
    if (outside) walk = false;
  }
  const { rows } = await sql<{
    id: number;
  }>`${walk ? walkedPage(query, filters) : sortedPage(query, filters)}`.execute(db);
  return { ids: rows.map((row) => row.id), total };
}

interface PageRow {
  id: number;
  name: string;
  lastVerifiedOn: string | null;
  communeCode: string | null;
  communeName: string | null;
  tags: string;
}

interface PagePlaceRow {
  actorId: number;
  tags: string;
}

/** Every matching actor's id, in the list's order: one query, whatever their number (exports, annuaire). */
export async function listActorIds(db: Kysely<DB>, query: ActorListValues, today: string): Promise<number[]> {
  // LIMIT -1: SQLite's « no limit ».
  return (await pageIds(db, { ...query, offset: 0, limit: -1 }, today)).ids;
}

export async function listActors(
  db: Kysely<DB>,
  query: ActorListValues,
  today: string,
): Promise<ActorListPageDto> {
  const { ids, total } = await pageIds(db, query, today);
  if (ids.length === 0) return { total, offset: query.offset, items: [] };

  // The page's rows and their places' tags: two queries for the page's ids only.
  const [{ rows }, { rows: places }] = await Promise.all([
    sql<PageRow>`SELECT a.id AS id, a.name AS name, a.last_verified_on AS lastVerifiedOn, c.name AS communeName,
        a.commune_code AS communeCode, a.tags AS tags
      FROM actor a LEFT JOIN territory_commune c ON c.code = a.commune_code
      WHERE a.id IN ${jsonList(ids)}`.execute(db),
    sql<PagePlaceRow>`SELECT actor_id AS actorId, tags FROM place WHERE actor_id IN ${jsonList(ids)}`.execute(
      db,
    ),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const placesOf = new Map<number, PagePlaceRow[]>();
  for (const place of places) placesOf.set(place.actorId, [...(placesOf.get(place.actorId) ?? []), place]);

  const items = ids.flatMap((id): ActorSummaryDto[] => {
    const row = byId.get(id);
    if (!row) return [];
    const own = decodeTags<ActorTagKind>(row.tags);
    const ownPlaces = placesOf.get(id) ?? [];
    const services = ownPlaces.flatMap((place) => decodeTags<PlaceTagKind>(place.tags).service ?? []);
    return [
      {
        id,
        name: row.name,
        // An address outside the territory is named from the national reference (the record does the same).
        communeName: row.communeName ?? (row.communeCode ? communeNameOf(row.communeCode) : null),
        typologies: own.typology ?? [],
        roles: (own.role ?? []) as ActorRole[],
        placeCount: ownPlaces.length,
        services: inVocabularyOrder(services as Service[], 'service'),
        lastVerifiedOn: row.lastVerifiedOn,
        freshness: freshnessOf(row.lastVerifiedOn, today),
      },
    ];
  });
  return { total, offset: query.offset, items };
}
