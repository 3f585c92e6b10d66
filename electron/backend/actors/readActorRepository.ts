import type { ActorDto, ContactDto, PermanenceDto, PlaceDto } from '../../../shared/actors/dto';
import { freshnessOf } from '../../../shared/actors/freshness';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type {
  AccessMode,
  AccompanimentMode,
  Fee,
  Itinerance,
  NationalProgramme,
  Public,
  Service,
  SpecificSupport,
  TrainingLabel,
} from '../../../shared/vocabularies/lieuxMediation';
import type { DataStore } from '../db/dataStore';
import type { ActorTagKind, PlaceTagKind } from '../db/schema';
import { readOpeningHours, type FullOpeningHoursReading } from './openingHours';
import { parseWeekdays } from './readActor';
import { decodeTags, type StoredTags } from './tags';

/**
 * Thousands of actors read whole for the export files and the Word annuaire (issue 13): four prepared
 * statements on the raw connection, whatever the number of actors, rows as arrays (`stmt.raw()`), each table
 * grouped by its owner as it is read. The DTOs are those `readActors` (Kysely) builds, field for field; through
 * the query builder, the CamelCase plugin renaming every column of 26,000 places cost three quarters of a
 * 20,000-actor CSV export.
 *
 * What repeats is worked out once per call and shared by the records that have it: a `tags` JSON's lists, an
 * opening-hours value's reading (« Mo-Fr 09:00-12:00 » thousands of times), a verification date's freshness.
 * Those shared lists and readings are frozen, so that a caller changing one record in place fails loudly
 * instead of changing others: the export and the annuaire only read them, and a copy sent to the document
 * worker or across the boundary is the caller's own. Building 26,000 places' own copies was a fifth of the
 * reading's time, most of it garbage collection.
 */

const ACTORS = `
  SELECT a.id, a.name, a.siret, a.address, a.address_complement, a.postcode, a.commune_code, c.name,
         a.latitude, a.longitude, a.website, a.other_labels, a.notes, a.last_verified_on, a.created_at,
         a.updated_at, a.tags
  FROM actor a LEFT JOIN territory_commune c ON c.code = a.commune_code
  WHERE a.id IN (SELECT value FROM json_each(?)) AND +a.deleted_at IS NULL`;

const CONTACTS = `
  SELECT actor_id, id, name, role, email, phone FROM contact
  WHERE actor_id IN (SELECT value FROM json_each(?))
  ORDER BY position, id`;

const PLACES = `
  SELECT p.actor_id, p.id, p.name, p.address, p.address_complement, p.postcode, p.commune_code, c.name,
         p.latitude, p.longitude, p.opening_hours, p.phone, p.email, p.booking_url, p.tags
  FROM place p LEFT JOIN territory_commune c ON c.code = p.commune_code
  WHERE p.actor_id IN (SELECT value FROM json_each(?))
  ORDER BY p.position, p.id`;

const PERMANENCES = `
  SELECT pe.place_id, pe.id, pe.commune_code, c.name, pe.weekdays, pe.schedule
  FROM permanence pe
  JOIN place p ON p.id = pe.place_id
  LEFT JOIN territory_commune c ON c.code = pe.commune_code
  WHERE p.actor_id IN (SELECT value FROM json_each(?))
  ORDER BY pe.position, pe.id`;

type Cell = string | number | null;
type Row = Cell[];

/** Appends to the list of `owner`, creating it. */
function add<T>(lists: Map<number, T[]>, owner: number, item: T): void {
  const list = lists.get(owner);
  if (list) list.push(item);
  else lists.set(owner, [item]);
}

const NONE: readonly string[] = Object.freeze([]);

/** `decodeTags` once per distinct JSON, its lists frozen and shared. */
function tagsReader<K extends ActorTagKind | PlaceTagKind>(): (json: string) => StoredTags<K> {
  const known = new Map<string, StoredTags<K>>();
  return (json) => {
    let decoded = known.get(json);
    if (!decoded) {
      decoded = decodeTags<K>(json);
      for (const list of Object.values<string[] | undefined>(decoded)) if (list) Object.freeze(list);
      known.set(json, Object.freeze(decoded));
    }
    return decoded;
  };
}

/** A shared frozen list typed as the DTO's field (the DTOs declare mutable arrays). */
const shared = <T>(list: readonly string[] | undefined): T[] => (list ?? NONE) as T[];

function deepFreeze(reading: FullOpeningHoursReading): FullOpeningHoursReading {
  if (reading.status === 'valid') Object.freeze(reading.lines);
  return Object.freeze(reading);
}

function openingHoursReader(): (raw: string | null) => FullOpeningHoursReading {
  const known = new Map<string | null, FullOpeningHoursReading>();
  return (raw) => {
    let reading = known.get(raw);
    if (!reading) {
      reading = deepFreeze(readOpeningHours(raw));
      known.set(raw, reading);
    }
    return reading;
  };
}

function freshnessReader(today: string): (lastVerifiedOn: string | null) => ActorDto['freshness'] {
  const known = new Map<string | null, ActorDto['freshness']>();
  return (lastVerifiedOn) => {
    let freshness = known.get(lastVerifiedOn);
    if (freshness === undefined) {
      freshness = freshnessOf(lastVerifiedOn, today);
      known.set(lastVerifiedOn, freshness);
    }
    return freshness;
  };
}

function permanenceDto(row: Row): PermanenceDto {
  const communeCode = row[2] as string;
  return {
    id: row[1] as number,
    communeCode,
    communeName: (row[3] as string | null) ?? `Commune ${communeCode}`,
    weekdays: parseWeekdays(row[4] as string),
    schedule: row[5] as string | null,
  };
}

function contactDto(row: Row): ContactDto {
  return {
    id: row[1] as number,
    name: row[2] as string,
    role: row[3] as string | null,
    email: row[4] as string | null,
    phone: row[5] as string | null,
  };
}

/**
 * Live actors (not in the trash) read whole, in the order of `ids`; `today` decides freshness. Ids of missing
 * or trashed actors are skipped. The same records as `readActors`, for many actors at once.
 */
export function readActorsSetBased(
  store: Pick<DataStore, 'sqlite'>,
  ids: readonly number[],
  today: string,
): ActorDto[] {
  if (ids.length === 0) return [];
  const { sqlite } = store;
  const list = JSON.stringify(ids);
  // Row by row (`iterate`): each row dies young, instead of 26,000 arrays kept until the last one is read.
  const rows = (query: string) => sqlite.prepare(query).raw(true).iterate(list) as IterableIterator<Row>;

  const permanencesOf = new Map<number, PermanenceDto[]>();
  for (const row of rows(PERMANENCES)) add(permanencesOf, row[0] as number, permanenceDto(row));
  const contactsOf = new Map<number, ContactDto[]>();
  for (const row of rows(CONTACTS)) add(contactsOf, row[0] as number, contactDto(row));

  const placeTags = tagsReader<PlaceTagKind>();
  const openingHours = openingHoursReader();
  const placesOf = new Map<number, PlaceDto[]>();
  for (const row of rows(PLACES)) {
    const id = row[1] as number;
    const byKind = placeTags(row[14] as string);
    add(placesOf, row[0] as number, {
      id,
      name: row[2] as string,
      address: row[3] as string | null,
      addressComplement: row[4] as string | null,
      postcode: row[5] as string | null,
      communeCode: row[6] as string | null,
      communeName: row[7] as string | null,
      latitude: row[8] as number | null,
      longitude: row[9] as number | null,
      services: shared<Service>(byKind.service),
      accessModes: shared<AccessMode>(byKind.access),
      accompanimentModes: shared<AccompanimentMode>(byKind.accompaniment),
      fees: shared<Fee>(byKind.fee),
      itinerance: shared<Itinerance>(byKind.itinerance),
      openingHours: row[10] as string | null,
      openingHoursReading: openingHours(row[10] as string | null),
      phone: row[11] as string | null,
      email: row[12] as string | null,
      bookingUrl: row[13] as string | null,
      permanences: permanencesOf.get(id) ?? [],
    });
  }

  const actorTags = tagsReader<ActorTagKind>();
  const freshness = freshnessReader(today);
  const actorById = new Map<number, ActorDto>();
  for (const row of rows(ACTORS)) {
    const id = row[0] as number;
    const byKind = actorTags(row[16] as string);
    const lastVerifiedOn = row[13] as string | null;
    actorById.set(id, {
      id,
      name: row[1] as string,
      siret: row[2] as string | null,
      typologies: shared<string>(byKind.typology),
      roles: shared<ActorRole>(byKind.role),
      address: row[3] as string | null,
      addressComplement: row[4] as string | null,
      postcode: row[5] as string | null,
      communeCode: row[6] as string | null,
      communeName: row[7] as string | null,
      latitude: row[8] as number | null,
      longitude: row[9] as number | null,
      website: row[10] as string | null,
      publics: shared<Public>(byKind.public),
      specificSupports: shared<SpecificSupport>(byKind.support),
      programmes: shared<NationalProgramme>(byKind.programme),
      labels: shared<TrainingLabel>(byKind.label),
      otherLabels: row[11] as string | null,
      notes: row[12] as string | null,
      lastVerifiedOn,
      freshness: freshness(lastVerifiedOn),
      contacts: contactsOf.get(id) ?? [],
      places: placesOf.get(id) ?? [],
      createdAt: row[14] as string,
      updatedAt: row[15] as string,
    });
  }
  const actors: ActorDto[] = [];
  for (const id of ids) {
    const actor = actorById.get(id);
    if (actor) actors.push(actor);
  }
  return actors;
}
