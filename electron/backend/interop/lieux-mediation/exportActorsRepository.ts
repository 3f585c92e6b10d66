import type { DataStore } from '../../db/dataStore';
import type { ActorTagKind, PlaceTagKind } from '../../db/schema';
import { readOpeningHours } from '../../actors/openingHours';
import { remembered } from '../../remembered';
import { communeNameOf } from '../../territory/referenceData';
import { joinList, type ActorLists, type ExportActor, type ExportedIds, type PlaceLists } from './exportRows';

/**
 * The directory read for the standard's files (issue 13): only what a row of the standard says, in one pass
 * over the live actors joined to their places, rows as arrays on the raw connection, each actor handed on as
 * soon as its places are read. No contacts, permanences, notes, freshness or readings of the opening hours:
 * `readActorsSetBased` builds those whole records for the annuaire and the Excel file, and building and
 * keeping them was most of the standard export's time (a third of it in garbage collection).
 *
 * What repeats is worked out once and shared: a list's joined text (`joinList`), an opening-hours value's
 * verdict, a commune's name (the territory's communes are read once, not joined on every row).
 *
 * Without filters, every live actor comes in the list's name order straight from the index on
 * (deleted_at, name_key): no list of ids, no sort. With filters, the ids the list picked, in its order.
 */

const COLUMNS = `
  a.id, a.name, a.siret, a.address, a.address_complement, a.postcode, a.commune_code, a.latitude,
  a.longitude, a.website, a.other_labels, a.last_verified_on, a.updated_at, a.tags,
  p.id, p.position, p.name, p.address, p.address_complement, p.postcode, p.commune_code, p.latitude,
  p.longitude, p.opening_hours, p.phone, p.email, p.booking_url, p.tags, p.source, p.external_id,
  p.source_updated_on, p.presentation_summary, p.presentation_detail, p.accessibility_url`;

/** Every live actor in the list's order by name (`name_key`, then id), each with its places. */
const EVERY_LIVE_ACTOR = `
  SELECT ${COLUMNS}
  FROM actor a INDEXED BY actor_live_name
  LEFT JOIN place p ON p.actor_id = a.id
  WHERE a.deleted_at IS NULL
  ORDER BY a.name_key, a.id`;

/** The live actors among the ids given (a JSON array), in that array's order, each with its places. */
const LIVE_ACTORS_AMONG = `
  SELECT ${COLUMNS}
  FROM json_each(?) j
  CROSS JOIN actor a ON a.id = j.value
  LEFT JOIN place p ON p.actor_id = a.id
  WHERE a.deleted_at IS NULL
  ORDER BY j.key`;

/** Whether any place keeps a file's id (most directories: none, and the ids below are not read). */
const ANY_EXTERNAL_ID = `
  SELECT EXISTS (SELECT 1 FROM place WHERE source IS NOT NULL AND external_id IS NOT NULL AND external_id <> '')`;

const IDS = `a.id, p.id, CASE WHEN p.source IS NOT NULL THEN p.external_id END`;
const EVERY_LIVE_ACTOR_IDS = `
  SELECT ${IDS} FROM actor a LEFT JOIN place p ON p.actor_id = a.id WHERE a.deleted_at IS NULL`;
const LIVE_ACTOR_IDS_AMONG = `
  SELECT ${IDS} FROM actor a LEFT JOIN place p ON p.actor_id = a.id
  WHERE a.id IN (SELECT value FROM json_each(?)) AND +a.deleted_at IS NULL`;

const COMMUNES = 'SELECT code, name FROM territory_commune';

type Cell = string | number | null;
type Row = Cell[];

/** Positions of the columns in `COLUMNS`. */
const A = {
  id: 0,
  name: 1,
  siret: 2,
  address: 3,
  addressComplement: 4,
  postcode: 5,
  communeCode: 6,
  latitude: 7,
  longitude: 8,
  website: 9,
  otherLabels: 10,
  lastVerifiedOn: 11,
  updatedAt: 12,
  tags: 13,
} as const;
const P = {
  id: 14,
  position: 15,
  name: 16,
  address: 17,
  addressComplement: 18,
  postcode: 19,
  communeCode: 20,
  latitude: 21,
  longitude: 22,
  openingHours: 23,
  phone: 24,
  email: 25,
  bookingUrl: 26,
  tags: 27,
  source: 28,
  externalId: 29,
  sourceUpdatedOn: 30,
  presentationSummary: 31,
  presentationDetail: 32,
  accessibilityUrl: 33,
} as const;

// Opening hours' verdicts are remembered during one read (`remembered`). Tags are not remembered whole: most
// places have their own combination, and hashing each JSON cost more than parsing it; `joinList` remembers the
// lists that repeat.

/**
 * A row's `tags` JSON read as `decodeTags` reads it (unreadable JSON, or anything but an object, holds no
 * lists; values that are not strings are dropped), each kind's list as the standard writes it (`joinList`
 * sorts, so the vocabulary order `decodeTags` restores would not change it).
 */
function tagLists(json: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const joined: Record<string, string> = {};
  for (const kind in parsed) {
    const list = (parsed as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) continue;
    joined[kind] = joinList(
      list.every((value) => typeof value === 'string')
        ? list
        : list.filter((value): value is string => typeof value === 'string'),
    );
  }
  return joined;
}

function actorLists(json: string): ActorLists {
  const byKind: Partial<Record<ActorTagKind, string>> = tagLists(json);
  return {
    typologie: byKind.typology ?? '',
    publics: byKind.public ?? '',
    supports: byKind.support ?? '',
    programmes: byKind.programme ?? '',
    labels: byKind.label ?? '',
  };
}

function placeLists(json: string): PlaceLists {
  const byKind: Partial<Record<PlaceTagKind, string>> = tagLists(json);
  return {
    services: byKind.service ?? '',
    accessModes: byKind.access ?? '',
    accompanimentModes: byKind.accompaniment ?? '',
    fees: byKind.fee ?? '',
    itinerance: byKind.itinerance ?? '',
  };
}

/**
 * The actor with its places in the record's order, by position then id: they came by id from the index on
 * `actor_id`, with their `positions`.
 */
function inPositionOrder(actor: ExportActor, positions: readonly number[]): ExportActor {
  const { places } = actor;
  let ordered = true;
  for (let i = 1; i < places.length && ordered; i++) {
    const before = positions[i - 1]!;
    const after = positions[i]!;
    ordered = before < after || (before === after && places[i - 1]!.id < places[i]!.id);
  }
  if (!ordered)
    actor.places = places
      .map((place, i) => ({ place, position: positions[i]! }))
      .sort((a, b) => a.position - b.position || a.place.id - b.place.id)
      .map(({ place }) => place);
  return actor;
}

/**
 * The ids of the rows `readExportActors` gives for the same `ids`, with the files' ids of the places; null
 * when no place of the directory keeps a file's id (nothing to decide).
 */
export function readExportedIds(
  store: Pick<DataStore, 'sqlite'>,
  ids: readonly number[] | null,
): ExportedIds | null {
  const { sqlite } = store;
  if (sqlite.prepare(ANY_EXTERNAL_ID).pluck().get() !== 1) return null;
  const statement = sqlite.prepare(ids === null ? EVERY_LIVE_ACTOR_IDS : LIVE_ACTOR_IDS_AMONG).raw(true);
  const rows = (ids === null ? statement.all() : statement.all(JSON.stringify(ids))) as [
    number,
    number | null,
    string | null,
  ][];
  const placeIds: number[] = [];
  const placelessActorIds: number[] = [];
  const externalIds = new Map<number, string>();
  for (const [actorId, placeId, externalId] of rows) {
    if (placeId === null) placelessActorIds.push(actorId);
    else {
      placeIds.push(placeId);
      if (externalId) externalIds.set(placeId, externalId);
    }
  }
  return { placeIds, placelessActorIds, externalIds };
}

/**
 * The live actors (not in the trash) for the standard's files, one at a time as they are read (none is kept:
 * a whole directory's records would outlive the young generation and be copied by the collector): every one
 * in the list's order by name when `ids` is null, else those of `ids` in that order (ids of missing or
 * trashed actors are skipped). The connection is busy until the last actor is taken.
 */
export function* readExportActors(
  store: Pick<DataStore, 'sqlite'>,
  ids: readonly number[] | null,
): Generator<ExportActor, void, undefined> {
  const { sqlite } = store;
  if (ids !== null && ids.length === 0) return;

  const territoryNames = new Map(
    (sqlite.prepare(COMMUNES).raw(true).all() as [string, string][]).map(([code, name]) => [code, name]),
  );
  // A commune outside the territory (an actor's postal address may be) is named from the national reference.
  const communeName = (code: string | null): string | null =>
    code === null ? null : (territoryNames.get(code) ?? (code ? communeNameOf(code) : null));
  const hoursStatusOf = remembered((raw: string | null) => readOpeningHours(raw).status);

  const statement = sqlite.prepare(ids === null ? EVERY_LIVE_ACTOR : LIVE_ACTORS_AMONG).raw(true);
  const rows = (
    ids === null ? statement.iterate() : statement.iterate(JSON.stringify(ids))
  ) as IterableIterator<Row>;

  // Rows come actor by actor: the left side of a LEFT JOIN is always SQLite's outer loop.
  let current = null as ExportActor | null;
  let positions: number[] = [];
  for (const row of rows) {
    const actorId = row[A.id] as number;
    if (current?.id !== actorId) {
      if (current) yield inPositionOrder(current, positions);
      const communeCode = row[A.communeCode] as string | null;
      current = {
        id: actorId,
        name: row[A.name] as string,
        siret: row[A.siret] as string | null,
        address: row[A.address] as string | null,
        addressComplement: row[A.addressComplement] as string | null,
        postcode: row[A.postcode] as string | null,
        communeCode,
        communeName: communeName(communeCode),
        latitude: row[A.latitude] as number | null,
        longitude: row[A.longitude] as number | null,
        website: row[A.website] as string | null,
        otherLabels: row[A.otherLabels] as string | null,
        lastVerifiedOn: row[A.lastVerifiedOn] as string | null,
        updatedAt: row[A.updatedAt] as string,
        lists: actorLists(row[A.tags] as string),
        places: [],
      };
      positions = [];
    }
    if (row[P.id] === null) continue;
    const communeCode = row[P.communeCode] as string | null;
    const openingHours = row[P.openingHours] as string | null;
    const source = row[P.source] as string | null;
    current.places.push({
      id: row[P.id] as number,
      name: row[P.name] as string,
      address: row[P.address] as string | null,
      addressComplement: row[P.addressComplement] as string | null,
      postcode: row[P.postcode] as string | null,
      communeCode,
      communeName: communeName(communeCode),
      latitude: row[P.latitude] as number | null,
      longitude: row[P.longitude] as number | null,
      phone: row[P.phone] as string | null,
      email: row[P.email] as string | null,
      bookingUrl: row[P.bookingUrl] as string | null,
      openingHours,
      hoursStatus: hoursStatusOf(openingHours),
      lists: placeLists(row[P.tags] as string),
      fromFile:
        source === null
          ? null
          : {
              source,
              externalId: row[P.externalId] as string | null,
              sourceUpdatedOn: row[P.sourceUpdatedOn] as string | null,
              presentationSummary: row[P.presentationSummary] as string | null,
              presentationDetail: row[P.presentationDetail] as string | null,
              accessibilityUrl: row[P.accessibilityUrl] as string | null,
            },
    });
    positions.push(row[P.position] as number);
  }
  if (current) yield inPositionOrder(current, positions);
}
