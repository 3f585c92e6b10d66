import type { Kysely } from 'kysely';
import { jsonList } from '../db/jsonList';
import type { DB } from '../db/schema';
import type { ActorDto, ContactDto, PermanenceDto, PlaceDto } from '../../../shared/actors/dto';
import { freshnessOf } from '../../../shared/actors/freshness';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { Weekday } from '../../../shared/vocabularies/weekdays';
import { WEEKDAY_CODES } from '../../../shared/vocabularies/weekdays';
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
import { decodeTags } from './tags';
import type { ActorTagKind, PlaceTagKind } from '../db/schema';
import { readOpeningHours } from './openingHours';
import { actorNotFound } from './notFound';
import { withOutsideCommuneNames } from './outsideCommuneNames';

/** Actors' whole records as the form, the detail page, the exports and the annuaire show them (`ActorDto`). */

/** A permanence's stored weekdays (JSON), in the week's order; unreadable JSON gives none. */
export function parseWeekdays(json: string): Weekday[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return WEEKDAY_CODES.filter((day) => parsed.includes(day));
  } catch {
    return [];
  }
}

/** Rows grouped by an owner's id, in the order they came. */
function byOwner<T, K>(rows: readonly T[], owner: (row: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const row of rows) {
    const list = grouped.get(owner(row));
    if (list) list.push(row);
    else grouped.set(owner(row), [row]);
  }
  return grouped;
}

async function readPlaces(db: Kysely<DB>, actorIds: readonly number[]): Promise<Map<number, PlaceDto[]>> {
  const [places, permanences] = await Promise.all([
    db
      .selectFrom('place as p')
      .leftJoin('territoryCommune as c', 'c.code', 'p.communeCode')
      .selectAll('p')
      .select('c.name as communeName')
      .where('p.actorId', 'in', jsonList(actorIds))
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('permanence as pe')
      .innerJoin('place as p', 'p.id', 'pe.placeId')
      .leftJoin('territoryCommune as c', 'c.code', 'pe.communeCode')
      .select([
        'pe.id',
        'pe.placeId',
        'pe.communeCode',
        'pe.weekdays',
        'pe.schedule',
        'c.name as communeName',
      ])
      .where('p.actorId', 'in', jsonList(actorIds))
      .orderBy('pe.position')
      .orderBy('pe.id')
      .execute(),
  ]);
  const permanencesOf = byOwner(permanences, (permanence) => permanence.placeId);

  const dtos = places.map((place): [number, PlaceDto] => {
    const byKind = decodeTags<PlaceTagKind>(place.tags);
    const ownPermanences: PermanenceDto[] = (permanencesOf.get(place.id) ?? []).map((permanence) => ({
      id: permanence.id,
      communeCode: permanence.communeCode,
      communeName: permanence.communeName ?? `Commune ${permanence.communeCode}`,
      weekdays: parseWeekdays(permanence.weekdays),
      schedule: permanence.schedule,
    }));
    return [
      place.actorId,
      {
        id: place.id,
        name: place.name,
        address: place.address,
        addressComplement: place.addressComplement,
        postcode: place.postcode,
        communeCode: place.communeCode,
        communeName: place.communeName,
        latitude: place.latitude,
        longitude: place.longitude,
        services: (byKind.service ?? []) as Service[],
        accessModes: (byKind.access ?? []) as AccessMode[],
        accompanimentModes: (byKind.accompaniment ?? []) as AccompanimentMode[],
        fees: (byKind.fee ?? []) as Fee[],
        itinerance: (byKind.itinerance ?? []) as Itinerance[],
        openingHours: place.openingHours,
        openingHoursReading: readOpeningHours(place.openingHours),
        phone: place.phone,
        email: place.email,
        bookingUrl: place.bookingUrl,
        permanences: ownPermanences,
      },
    ];
  });
  const result = new Map<number, PlaceDto[]>();
  for (const [actorId, place] of dtos) {
    const list = result.get(actorId);
    if (list) list.push(place);
    else result.set(actorId, [place]);
  }
  return result;
}

/**
 * Live actors (not in the trash) read whole, in the order of `ids`, with a fixed number of queries whatever
 * their number (the export files and the Word annuaire read thousands at once); `today` decides freshness.
 * Ids of missing or trashed actors are skipped.
 */
export async function readActors(db: Kysely<DB>, ids: readonly number[], today: string): Promise<ActorDto[]> {
  if (ids.length === 0) return [];
  const [actors, contacts, places] = await Promise.all([
    db
      .selectFrom('actor as a')
      .leftJoin('territoryCommune as c', 'c.code', 'a.communeCode')
      .selectAll('a')
      .select('c.name as communeName')
      .where('a.id', 'in', jsonList(ids))
      .execute(),
    db
      .selectFrom('contact')
      .select(['actorId', 'id', 'name', 'role', 'email', 'phone'])
      .where('actorId', 'in', jsonList(ids))
      .orderBy('position')
      .orderBy('id')
      .execute(),
    readPlaces(db, ids),
  ]);
  // Trashed actors are skipped here, not in the query: a condition on `deleted_at` there let SQLite read every
  // live actor through its index to find a few ids (one actor read: 0.9 ms at 20,000 actors, 0.01 by id).
  const actorById = new Map(
    actors.filter((actor) => actor.deletedAt === null).map((actor) => [actor.id, actor]),
  );
  const contactsOf = byOwner(contacts, (contact) => contact.actorId);

  return ids.flatMap((id): ActorDto[] => {
    const actor = actorById.get(id);
    if (!actor) return [];
    const byKind = decodeTags<ActorTagKind>(actor.tags);
    return [
      {
        id: actor.id,
        name: actor.name,
        siret: actor.siret,
        typologies: byKind.typology ?? [],
        roles: (byKind.role ?? []) as ActorRole[],
        address: actor.address,
        addressComplement: actor.addressComplement,
        postcode: actor.postcode,
        communeCode: actor.communeCode,
        communeName: actor.communeName,
        latitude: actor.latitude,
        longitude: actor.longitude,
        website: actor.website,
        publics: (byKind.public ?? []) as Public[],
        specificSupports: (byKind.support ?? []) as SpecificSupport[],
        programmes: (byKind.programme ?? []) as NationalProgramme[],
        labels: (byKind.label ?? []) as TrainingLabel[],
        otherLabels: actor.otherLabels,
        notes: actor.notes,
        lastVerifiedOn: actor.lastVerifiedOn,
        freshness: freshnessOf(actor.lastVerifiedOn, today),
        contacts: (contactsOf.get(id) ?? []).map(({ id, name, role, email, phone }): ContactDto => ({
          id,
          name,
          role,
          email,
          phone,
        })),
        places: places.get(id) ?? [],
        createdAt: actor.createdAt,
        updatedAt: actor.updatedAt,
      },
    ];
  });
}

/**
 * One live actor read whole, as the form, the detail page and the duplicates' comparison show it: its address
 * in a commune outside the territory named too.
 */
export async function getActor(db: Kysely<DB>, id: number, today: string): Promise<ActorDto> {
  const [actor] = await readActors(db, [id], today);
  if (!actor) throw actorNotFound();
  return withOutsideCommuneNames(actor);
}
