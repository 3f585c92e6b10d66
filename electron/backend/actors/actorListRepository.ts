import { sql, type Kysely } from 'kysely';
import { jsonList } from '../db/jsonList';
import type { ActorTagKind, DB, PlaceTagKind } from '../db/schema';
import type { ActorListPageDto, ActorSummaryDto } from '../../../shared/actors/dto';
import { freshnessOf } from '../../../shared/actors/freshness';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { Service } from '../../../shared/vocabularies/lieuxMediation';
import { decodeTags, inVocabularyOrder } from './tags';
import { communeNameOf } from '../territory/referenceData';
import {
  and,
  countMatches,
  testOnRow,
  type ActorListValues,
  type Filters,
  type Sql,
} from './actorFilterRepository';

/**
 * The directory list: one page in the list's order, and the total (the search and filters as sets of ids:
 * `actorFilterRepository.ts`).
 *
 * How it stays fast at 100,000 actors: knowing the total, the page is either read in the list's order through
 * an index that gives it (ties included) and stops after its rows, probing each actor against the filters,
 * when matches are dense enough; or, when they are few, the matches are looked up by id in `actor_keys` and
 * sorted. The page's names, communes and multi-valued fields come in two more queries, for the page's ids only.
 */

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
