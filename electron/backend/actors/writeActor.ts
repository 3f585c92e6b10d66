import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { ActorValues } from '../../../shared/actors/schemas';
import { AppFailure } from '../../../shared/result';
import { WEEKDAY_CODES } from '../../../shared/vocabularies/weekdays';
import { ACTOR_TAG_FIELDS, PLACE_TAG_FIELDS, encodeTags, facetsOf } from './tags';
import { replaceFacets } from './facetRepository';
import { checkTerritory, postcodeFor, type TerritoryCommune } from './territoryRules';
import { nameKeyOf, searchTextOf } from './searchText';
import { openingHoursToStore, openingHoursValidity } from './openingHours';
import { actorNotFound } from './notFound';

/**
 * Writing an actor's record: the actor row (its multi-valued fields in `tags`), contacts, places (with
 * their permanences), and the actor's facets, the index the directory filters on (`facetRepository.ts`).
 * Each write is one transaction: a failure anywhere leaves the database as it was.
 */

type PlaceValues = ActorValues['places'][number];
type Communes = Map<string, TerritoryCommune>;

/** Runs `work` in a transaction, or inside the caller's when `db` already is one (e.g. demo seeding). */
export function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work);
}

export function actorColumns(values: ActorValues, communes: Communes) {
  const postcode = postcodeFor(values.postcode, values.communeCode, communes);
  const nameKey = nameKeyOf(values.name);
  return {
    name: values.name,
    nameKey,
    searchText: searchTextOf(values, nameKey, postcode, communes),
    siret: values.siret,
    address: values.address,
    addressComplement: values.addressComplement,
    postcode,
    communeCode: values.communeCode,
    latitude: values.latitude,
    longitude: values.longitude,
    website: values.website,
    otherLabels: values.otherLabels,
    notes: values.notes,
    lastVerifiedOn: values.lastVerifiedOn,
    tags: encodeTags(ACTOR_TAG_FIELDS, values),
  };
}

export function placeColumns(place: PlaceValues, position: number, communes: Communes) {
  // Hours typed in French are stored in OpenStreetMap syntax, the only form Maillage stores and exports.
  const openingHours = openingHoursToStore(place.openingHours);
  return {
    position,
    name: place.name,
    address: place.address,
    addressComplement: place.addressComplement,
    postcode: postcodeFor(place.postcode, place.communeCode, communes),
    communeCode: place.communeCode,
    latitude: place.latitude,
    longitude: place.longitude,
    openingHours,
    openingHoursValid: openingHoursValidity(openingHours),
    phone: place.phone,
    email: place.email,
    bookingUrl: place.bookingUrl,
    tags: encodeTags(PLACE_TAG_FIELDS, place),
  };
}

export function permanenceColumns(permanence: PlaceValues['permanences'][number], position: number) {
  return {
    position,
    communeCode: permanence.communeCode,
    weekdays: JSON.stringify(WEEKDAY_CODES.filter((day) => permanence.weekdays.includes(day))),
    schedule: permanence.schedule,
  };
}

async function writeContacts(trx: Transaction<DB>, actorId: number, values: ActorValues): Promise<void> {
  const rows = values.contacts.map((contact, position) => ({ actorId, position, ...contact }));
  if (rows.length > 0) await trx.insertInto('contact').values(rows).execute();
}

/** A place's permanences, written after its row. */
async function writePlaceChildren(trx: Transaction<DB>, placeId: number, place: PlaceValues): Promise<void> {
  const permanences = place.permanences.map((permanence, position) => ({
    placeId,
    ...permanenceColumns(permanence, position),
  }));
  if (permanences.length > 0) await trx.insertInto('permanence').values(permanences).execute();
}

async function insertPlace(
  trx: Transaction<DB>,
  actorId: number,
  position: number,
  place: PlaceValues,
  communes: Communes,
): Promise<void> {
  const { id } = await trx
    .insertInto('place')
    .values({ actorId, ...placeColumns(place, position, communes) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePlaceChildren(trx, id, place);
}

/** Creates an actor from validated values; answers its id. Used by the directory and the demo seeding. */
export async function createActor(
  db: Kysely<DB> | Transaction<DB>,
  values: ActorValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const communes = await checkTerritory(trx, values);
    const { id } = await trx
      .insertInto('actor')
      .values({ ...actorColumns(values, communes), createdAt: options.now, updatedAt: options.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeContacts(trx, id, values);
    for (const [position, place] of values.places.entries())
      await insertPlace(trx, id, position, place, communes);
    await replaceFacets(trx, id, facetsOf(values, values.places));
    return id;
  });
}

/** Places whose id the input names must be this actor's, each named once. */
function checkPlaceIds(values: ActorValues, existing: Set<number>): void {
  const seen = new Set<number>();
  values.places.forEach((place, index) => {
    if (place.id === undefined) return;
    if (!existing.has(place.id) || seen.has(place.id)) {
      const message = `Le lieu «\u00a0${place.name}\u00a0» n’existe plus dans cette fiche\u00a0: rechargez-la avant d’enregistrer.`;
      throw new AppFailure('conflict', message, { [`places.${index}.id`]: message });
    }
    seen.add(place.id);
  });
}

/**
 * Replaces an actor's record with `values`. Places that carry their `id` keep it (links to them survive);
 * places, contacts and permanences absent from `values` are removed; multi-valued fields and facets are replaced.
 */
export async function updateActor(
  db: Kysely<DB>,
  id: number,
  values: ActorValues,
  options: { now: string },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const live = await trx
      .selectFrom('actor')
      .select('id')
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!live) throw actorNotFound();
    const communes = await checkTerritory(trx, values);
    const existing = await trx.selectFrom('place').select('id').where('actorId', '=', id).execute();
    checkPlaceIds(values, new Set(existing.map((place) => place.id)));

    await trx
      .updateTable('actor')
      .set({ ...actorColumns(values, communes), updatedAt: options.now })
      .where('id', '=', id)
      .execute();
    await replaceFacets(trx, id, facetsOf(values, values.places));
    await trx.deleteFrom('contact').where('actorId', '=', id).execute();
    await writeContacts(trx, id, values);

    const kept = values.places.flatMap((place) => (place.id === undefined ? [] : [place.id]));
    let removed = trx.deleteFrom('place').where('actorId', '=', id);
    if (kept.length > 0) removed = removed.where('id', 'not in', kept);
    await removed.execute();

    for (const [position, place] of values.places.entries()) {
      if (place.id === undefined) {
        await insertPlace(trx, id, position, place, communes);
        continue;
      }
      await trx
        .updateTable('place')
        .set(placeColumns(place, position, communes))
        .where('id', '=', place.id)
        .execute();
      await trx.deleteFrom('permanence').where('placeId', '=', place.id).execute();
      await writePlaceChildren(trx, place.id, place);
    }
  });
}
