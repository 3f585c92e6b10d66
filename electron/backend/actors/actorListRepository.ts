import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ActorTagKind, DB, FacetKind, PlaceTagKind } from '../db/schema';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActorListPageDto, ActorSummaryDto } from '../../../shared/actors/dto';
import { freshnessOf, freshnessThresholds, type Freshness } from '../../../shared/actors/freshness';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { Service } from '../../../shared/vocabularies/lieuxMediation';
import { escapeLike, searchWords } from './searchText';
import { decodeTags, inVocabularyOrder } from './tags';

/**
 * The directory list: search, filters (OR within a filter, AND across filters), sort, one page and the
 * total. List values travel as one JSON parameter each (`json_each`), whatever their number.
 *
 * How it stays fast at 20,000 actors (see `npm run bench`):
 * - filters on tags and services are sets of actor ids read from the facet index (`facetRepository.ts`),
 *   communes from their indexes; the sets are intersected once and looked up by id;
 * - otherwise the covering index `actor_live_list` (migration 003) is scanned, never the actor rows;
 * - a filtered page carries its total as a window count (the sets are built once); the unfiltered list
 *   counts on its own, so that its page is a top-100 sort, or no sort at all by name;
 * - the page's names, communes and multi-valued fields come in two more queries, for the page's ids only.
 */

export type ActorListValues = ApiParsedInput<'actors.list'>;

const jsonList = (values: readonly (string | number)[]) =>
  sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** Actors that have one of `values` of `kinds`: read from the facet index (migration 011), by key. */
const facetSet = (kinds: FacetKind[], values: string[]) =>
  sql`SELECT actor_id AS id FROM actor_facet WHERE facet_id IN
    (SELECT id FROM facet WHERE kind IN (${sql.join(kinds)}) AND value IN ${jsonList(values)})`;

function freshnessCondition(freshness: Freshness, today: string): RawBuilder<unknown> {
  const { over12Before, over18Before } = freshnessThresholds(today);
  switch (freshness) {
    case 'recent':
      return sql`a.last_verified_on >= ${over12Before}`;
    case 'over12':
      return sql`(a.last_verified_on >= ${over18Before} AND a.last_verified_on < ${over12Before})`;
    case 'over18':
      return sql`a.last_verified_on < ${over18Before}`;
    case 'never':
      return sql`a.last_verified_on IS NULL`;
  }
}

/** Conditions on the actor's own columns (all in the covering index). */
function rowConditions(query: ActorListValues, today: string): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  for (const word of searchWords(query.search))
    where.push(sql`a.search_text LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
  if (query.freshness.length > 0)
    where.push(
      sql`(${sql.join(
        query.freshness.map((f) => freshnessCondition(f, today)),
        sql` OR `,
      )})`,
    );
  return where;
}

/** One set of actor ids per filter on tags, services or communes. */
function idSets(query: ActorListValues): RawBuilder<unknown>[] {
  const sets: RawBuilder<unknown>[] = [];
  if (query.typologies.length > 0) sets.push(facetSet(['typology'], query.typologies));
  if (query.roles.length > 0) sets.push(facetSet(['role'], query.roles));
  if (query.publics.length > 0) sets.push(facetSet(['public'], query.publics));
  if (query.labels.length > 0) sets.push(facetSet(['programme', 'label'], query.labels));
  if (query.services.length > 0) sets.push(facetSet(['service'], query.services));
  if (query.communeCodes.length > 0) {
    const codes = jsonList(query.communeCodes);
    sets.push(sql`SELECT id FROM actor WHERE commune_code IN ${codes}
      UNION SELECT actor_id FROM place WHERE commune_code IN ${codes}
      UNION SELECT p.actor_id FROM permanence pe JOIN place p ON p.id = pe.place_id WHERE pe.commune_code IN ${codes}`);
  }
  return sets;
}

const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Fills the connection's temporary table `commune_rank` with the territory's communes in French
 * alphabetical order of their names (É sorts with E). A real table with a primary key, so that SQLite
 * looks each actor's rank up by key whatever its statistics say (a CTE may be scanned 20,000 times).
 * Each statement leaves the table whole, so that two lists asked at once cannot trip over each other.
 */
async function rankCommunes(db: Kysely<DB>): Promise<void> {
  const communes = await db.selectFrom('territoryCommune').select(['code', 'name']).execute();
  const codes = JSON.stringify(
    communes
      .sort((a, b) => frenchOrder.compare(a.name, b.name) || a.code.localeCompare(b.code))
      .map((commune) => commune.code),
  );
  await sql`CREATE TEMP TABLE IF NOT EXISTS commune_rank
    (code TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID`.execute(db);
  await sql`INSERT OR REPLACE INTO temp.commune_rank (code, rank) SELECT value, key FROM json_each(${codes})`.execute(
    db,
  );
  await sql`DELETE FROM temp.commune_rank WHERE code NOT IN (SELECT value FROM json_each(${codes}))`.execute(
    db,
  );
}

function orderBy(query: ActorListValues): RawBuilder<unknown> {
  const dir = sql.raw(query.sort.direction === 'desc' ? 'DESC' : 'ASC');
  switch (query.sort.field) {
    case 'name':
      return sql`a.name_key ${dir}, a.id ${dir}`;
    case 'commune': // actors without a commune last, whatever the direction
      return sql`r.rank IS NULL, r.rank ${dir}, a.name_key, a.id`;
    case 'lastVerifiedOn': // never verified last, whatever the direction
      return sql`a.last_verified_on IS NULL, a.last_verified_on ${dir}, a.name_key, a.id`;
    case 'updatedAt':
      return sql`a.updated_at ${dir}, a.id ${dir}`;
  }
}

export type ActorFilterValues = Omit<ActorListValues, 'sort' | 'offset' | 'limit'>;

/** The list's conditions: live actors, the row conditions, and the filters' id sets intersected. */
function listConditions(query: ActorListValues, today: string) {
  const sets = idSets(query);
  const conditions = [sql`a.deleted_at IS NULL`, ...rowConditions(query, today)];
  if (sets.length > 0)
    conditions.push(
      sql`a.id IN (${sql.join(
        sets.map((set) => sql`SELECT id FROM (${set})`),
        sql` INTERSECT `,
      )})`,
    );
  return { sets, conditions };
}

/** Every live actor matching the list's search and filters (no paging, no order): for the map and exports. */
export async function matchingActorIds(
  db: Kysely<DB>,
  filters: ActorFilterValues,
  today: string,
): Promise<number[]> {
  const query: ActorListValues = {
    ...filters,
    sort: { field: 'name', direction: 'asc' },
    offset: 0,
    limit: 1,
  };
  const { conditions } = listConditions(query, today);
  const { rows } = await sql<{ id: number }>`SELECT a.id AS id FROM actor a
    WHERE ${sql.join(conditions, sql` AND `)}`.execute(db);
  return rows.map((row) => row.id);
}

/** The ids of the page, in order, and the total number of matching actors. */
async function pageIds(
  db: Kysely<DB>,
  query: ActorListValues,
  today: string,
): Promise<{ ids: number[]; total: number }> {
  const { sets, conditions } = listConditions(query, today);
  const where = sql.join(conditions, sql` AND `);
  // Looked up by id when sets narrow the list; the whole list by name walks the narrow name index (the
  // last page of 100,000 actors: 18 ms instead of 220 through the covering one); otherwise a scan of the
  // covering index. A count with no condition is the planner's: it takes the smallest index.
  const plain = conditions.length === 1;
  const from =
    sets.length > 0 || (plain && query.sort.field === 'name')
      ? sql`actor a`
      : sql`actor a INDEXED BY actor_live_list`;
  const countFrom = plain ? sql`actor a` : from;
  const byCommune = query.sort.field === 'commune';
  if (byCommune) await rankCommunes(db);
  const rankJoin = byCommune ? sql`LEFT JOIN temp.commune_rank r ON r.code = a.commune_code` : sql``;
  const count = async () =>
    (await sql<{ total: number }>`SELECT COUNT(*) AS total FROM ${countFrom} WHERE ${where}`.execute(db))
      .rows[0]?.total ?? 0;

  if (plain) {
    const { rows } = await sql<{ id: number }>`SELECT a.id AS id FROM ${from} ${rankJoin}
      WHERE ${where} ORDER BY ${orderBy(query)} LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
    return { ids: rows.map((row) => row.id), total: await count() };
  }
  const { rows } = await sql<{ id: number; total: number }>`
    SELECT a.id AS id, COUNT(*) OVER () AS total FROM ${from} ${rankJoin}
    WHERE ${where} ORDER BY ${orderBy(query)} LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
  // Past the last page the window count comes back with no row: count on its own.
  const total = rows[0]?.total ?? (query.offset > 0 ? await count() : 0);
  return { ids: rows.map((row) => row.id), total };
}

interface PageRow {
  id: number;
  name: string;
  lastVerifiedOn: string | null;
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
        a.tags AS tags
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
        communeName: row.communeName,
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
