import type { Kysely } from 'kysely';
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
import { groupTags } from './tags';
import { readOpeningHours } from './openingHours';
import { actorNotFound } from './notFound';

/** One actor's whole record as the form and the detail page show it (rows mapped to `ActorDto`). */

function parseWeekdays(json: string): Weekday[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return WEEKDAY_CODES.filter((day) => parsed.includes(day));
  } catch {
    return [];
  }
}

async function readPlaces(db: Kysely<DB>, actorId: number): Promise<PlaceDto[]> {
  const [places, tags, permanences] = await Promise.all([
    db
      .selectFrom('place as p')
      .leftJoin('territoryCommune as c', 'c.code', 'p.communeCode')
      .selectAll('p')
      .select('c.name as communeName')
      .where('p.actorId', '=', actorId)
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('placeTag as t')
      .innerJoin('place as p', 'p.id', 't.placeId')
      .select(['t.placeId', 't.kind', 't.value'])
      .where('p.actorId', '=', actorId)
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
      .where('p.actorId', '=', actorId)
      .orderBy('pe.position')
      .orderBy('pe.id')
      .execute(),
  ]);

  return places.map((place) => {
    const byKind = groupTags(tags.filter((tag) => tag.placeId === place.id));
    const ownPermanences: PermanenceDto[] = permanences
      .filter((permanence) => permanence.placeId === place.id)
      .map((permanence) => ({
        id: permanence.id,
        communeCode: permanence.communeCode,
        communeName: permanence.communeName ?? `Commune ${permanence.communeCode}`,
        weekdays: parseWeekdays(permanence.weekdays),
        schedule: permanence.schedule,
      }));
    return {
      id: place.id,
      name: place.name,
      address: place.address,
      addressComplement: place.addressComplement,
      postcode: place.postcode,
      communeCode: place.communeCode,
      communeName: place.communeName,
      latitude: place.latitude,
      longitude: place.longitude,
      services: (byKind.get('service') ?? []) as Service[],
      accessModes: (byKind.get('access') ?? []) as AccessMode[],
      accompanimentModes: (byKind.get('accompaniment') ?? []) as AccompanimentMode[],
      fees: (byKind.get('fee') ?? []) as Fee[],
      itinerance: (byKind.get('itinerance') ?? []) as Itinerance[],
      openingHours: place.openingHours,
      openingHoursReading: readOpeningHours(place.openingHours),
      phone: place.phone,
      email: place.email,
      bookingUrl: place.bookingUrl,
      permanences: ownPermanences,
    };
  });
}

/** A live actor (not in the trash); `today` decides its freshness. */
export async function getActor(db: Kysely<DB>, id: number, today: string): Promise<ActorDto> {
  const actor = await db
    .selectFrom('actor as a')
    .leftJoin('territoryCommune as c', 'c.code', 'a.communeCode')
    .selectAll('a')
    .select('c.name as communeName')
    .where('a.id', '=', id)
    .where('a.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!actor) throw actorNotFound();

  const [tags, contacts, places] = await Promise.all([
    db.selectFrom('actorTag').select(['kind', 'value']).where('actorId', '=', id).execute(),
    db
      .selectFrom('contact')
      .select(['id', 'name', 'role', 'email', 'phone'])
      .where('actorId', '=', id)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    readPlaces(db, id),
  ]);
  const byKind = groupTags(tags);

  return {
    id: actor.id,
    name: actor.name,
    siret: actor.siret,
    typologies: byKind.get('typology') ?? [],
    roles: (byKind.get('role') ?? []) as ActorRole[],
    address: actor.address,
    addressComplement: actor.addressComplement,
    postcode: actor.postcode,
    communeCode: actor.communeCode,
    communeName: actor.communeName,
    latitude: actor.latitude,
    longitude: actor.longitude,
    website: actor.website,
    publics: (byKind.get('public') ?? []) as Public[],
    specificSupports: (byKind.get('support') ?? []) as SpecificSupport[],
    programmes: (byKind.get('programme') ?? []) as NationalProgramme[],
    labels: (byKind.get('label') ?? []) as TrainingLabel[],
    otherLabels: actor.otherLabels,
    notes: actor.notes,
    lastVerifiedOn: actor.lastVerifiedOn,
    freshness: freshnessOf(actor.lastVerifiedOn, today),
    contacts: contacts satisfies ContactDto[],
    places,
    createdAt: actor.createdAt,
    updatedAt: actor.updatedAt,
  };
}
