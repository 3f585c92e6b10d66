import { isDeepStrictEqual } from 'node:util';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { ActorValues } from '../../../../shared/actors/schemas';
import { actorValuesFromDto } from '../../actors/valuesFromDto';
import { updateActor } from '../../actors/writeActor';
import {
  ACTOR_TAG_FIELDS,
  PLACE_TAG_FIELDS,
  inVocabularyOrder,
  type ActorTagField,
  type PlaceTagField,
} from '../../actors/tags';
import type { BulkCreate } from '../../actors/bulkCreate';
import { getActor } from '../../actors/readActor';
import { contentOf, type PlannedRow } from './plan';
import { NO_ORIGIN, writePlaceOrigin, type PlaceOrigin } from './placeOrigin';
import { sameName } from './parentName';
import type { UnsaidField } from './unsaidFields';
import { internationalPhone } from '../lieux-mediation/exportRows';

/**
 * Writing one planned row inside the import's transaction. An update replaces what the file says about
 * the place it came from; a merge adds the place. The actor's own fields (name, SIRET, address…) are
 * replaced only by the row of the place the actor was created with (its first place); any other row only
 * fills the actor's empty fields. So an actor with several places in a file (one SIRET, several rows)
 * holds the same values after the first import and after every re-import, whatever the rows' order.
 * Contacts, roles, notes typed in the app and other places are kept.
 *
 * A file never erases what it does not say, and an unchanged file changes nothing: a place's field whose
 * column the file lacks keeps its stored value; an empty `horaires` keeps stored hours the export could
 * not write (not in the OpenStreetMap format); a phone written otherwise (« +33536491020 » for
 * « 05 36 49 10 20 ») keeps its stored form; the actor's own location changes with its place's only when
 * it was the place's (the export writes the place's, not the actor's); and the last verification moves
 * only forward, never from a date of Maillage's own export (`verifiedOn`).
 */

type PlaceValues = ActorValues['places'][number];

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

const ACTOR_KEYS = [
  'name',
  'siret',
  'typologies',
  'address',
  'addressComplement',
  'postcode',
  'communeCode',
  'latitude',
  'longitude',
  'website',
  'publics',
  'specificSupports',
  'programmes',
  'labels',
  'otherLabels',
  'notes',
  'lastVerifiedOn',
] as const;

/** The record with each multi-valued field in its vocabulary's order, as it is stored and read back. */
function inStoredOrder(values: ActorValues): ActorValues {
  const ordered = { ...values } as Record<string, unknown>;
  for (const [field, kind] of Object.entries(ACTOR_TAG_FIELDS))
    ordered[field] = inVocabularyOrder(values[field as ActorTagField], kind);
  ordered.places = values.places.map((place) => {
    const orderedPlace = { ...place } as Record<string, unknown>;
    for (const [field, kind] of Object.entries(PLACE_TAG_FIELDS))
      orderedPlace[field] = inVocabularyOrder(place[field as PlaceTagField], kind);
    return orderedPlace;
  });
  return ordered as unknown as ActorValues;
}

/**
 * Whether writing `next` would change nothing of `current` (read from the database): then the row is not
 * written at all, so that re-importing the same file costs a read per row and leaves the records' dates.
 */
const sameRecord = (next: ActorValues, current: ActorValues) =>
  isDeepStrictEqual(inStoredOrder(next), inStoredOrder(current));

/** The file's non-empty values over the actor's (update), or only into the actor's empty fields (merge). */
function combine(current: ActorValues, incoming: ActorValues, mode: 'update' | 'merge'): ActorValues {
  const result = { ...current } as Record<string, unknown>;
  for (const key of ACTOR_KEYS) {
    const next = incoming[key];
    if (isEmpty(next)) continue;
    if (mode === 'update' || isEmpty(current[key])) result[key] = next;
  }
  const combined = result as unknown as ActorValues;
  // Coordinates go in pairs.
  if ((combined.latitude === null) !== (combined.longitude === null)) {
    combined.latitude = current.latitude;
    combined.longitude = current.longitude;
  }
  return combined;
}

const LOCATION_KEYS = ['address', 'addressComplement', 'postcode', 'communeCode'] as const;

/**
 * The row's location is its place's (the export writes the place's where it has one): the actor's own
 * location follows it only where it was the place's too. An actor at « 10 rue du Commerce, Couhé » whose
 * place is at « 10 rue du Commerce », or without an address of its own, keeps its own.
 */
function actorLocation(incoming: ActorValues, current: ActorValues, place: PlaceValues): ActorValues {
  const kept = { ...incoming };
  for (const key of LOCATION_KEYS) if (current[key] !== place[key]) kept[key] = current[key];
  if (current.latitude !== place.latitude || current.longitude !== place.longitude) {
    kept.latitude = current.latitude;
    kept.longitude = current.longitude;
  }
  return kept;
}

/** « 05 36 49 10 20 », « +33536491020 » and « 0536491020 » are one number. */
function samePhone(a: string, b: string): boolean {
  const digits = (phone: string) => internationalPhone(phone) ?? phone.replace(/\D/g, '');
  return digits(a) === digits(b);
}

/**
 * The stored place updated with the row's: the fields the file has no column for keep their values, and
 * so do hours the export could not write (it leaves them empty) and a phone written in another form.
 */
function updatedPlace(
  stored: PlaceValues,
  storedHoursValid: boolean,
  incoming: PlaceValues,
  unsaid: readonly UnsaidField[],
): PlaceValues {
  const next = { ...incoming, id: stored.id, permanences: stored.permanences };
  const writable = next as Record<string, unknown>;
  for (const field of unsaid)
    if (field in stored && isEmpty(writable[field])) writable[field] = stored[field as keyof PlaceValues];
  if (next.openingHours === null && !storedHoursValid) next.openingHours = stored.openingHours;
  if (next.phone !== null && stored.phone !== null && samePhone(next.phone, stored.phone))
    next.phone = stored.phone;
  return next;
}

/**
 * The actor's last verification after a row: the file's `date_maj` moves it forward only (a check made
 * in Maillage after the file's date stays); a row of Maillage's own export never sets it, since the
 * export wrote there the last verification or, for a record never verified, the day it was last saved,
 * not a check. A merge only fills it when empty.
 */
function verifiedOn(
  current: string | null,
  incoming: string | null,
  mode: 'update' | 'merge',
  ownExport: boolean,
): string | null {
  if (ownExport || incoming === null) return current;
  if (current === null) return incoming;
  return mode === 'update' && incoming > current ? incoming : current;
}

const fromOwnExport = (row: PlannedRow) => row.action.kind === 'update' && row.action.ownExport === true;

/** The row's origin, where the file has no column for a field, with the stored value of the place. */
async function keptOrigin(
  trx: Transaction<DB>,
  placeId: number,
  origin: PlaceOrigin,
  unsaid: readonly UnsaidField[],
): Promise<PlaceOrigin> {
  const keys = (Object.keys(origin) as (keyof PlaceOrigin)[]).filter(
    (key) => origin[key] === null && unsaid.includes(key),
  );
  if (keys.length === 0) return origin;
  const stored = await trx.selectFrom('place').select(keys).where('id', '=', placeId).executeTakeFirst();
  return { ...origin, ...stored };
}

/** Writes the place's origin when it differs from the stored one; answers whether it did. */
async function writeChangedOrigin(
  trx: Transaction<DB>,
  placeId: number,
  origin: PlaceOrigin,
): Promise<boolean> {
  const stored = await trx
    .selectFrom('place')
    .select(['sourceUpdatedOn', 'presentationSummary', 'presentationDetail', 'accessibilityUrl'])
    .where('id', '=', placeId)
    .executeTakeFirst();
  if (stored && isDeepStrictEqual({ ...stored }, { ...NO_ORIGIN, ...origin })) return false;
  await writePlaceOrigin(trx, placeId, origin);
  return true;
}

/**
 * Whether a row of Maillage's own export updates a place created in Maillage: it has no file of its own,
 * and the row's `date_maj` is one the export made up from the record (`updateDate.ts`), not a file's.
 */
async function createdInMaillage(trx: Transaction<DB>, row: PlannedRow, placeId: number): Promise<boolean> {
  if (!fromOwnExport(row)) return false;
  const place = await trx.selectFrom('place').select('source').where('id', '=', placeId).executeTakeFirst();
  return place?.source === null;
}

async function markPlace(trx: Transaction<DB>, placeId: number, row: PlannedRow): Promise<void> {
  await trx
    .updateTable('place')
    .set({ source: row.source, externalId: row.externalId })
    .where('id', '=', placeId)
    .execute();
}

/**
 * Creates the row's actor and place, both marked with the row's source and id, the place with what the
 * file says of it that no form edits; answers the actor's id.
 */
export function createFromRow(create: BulkCreate, row: PlannedRow, now: string): number {
  const { values, origin } = contentOf(row);
  return create(values, {
    now,
    source: row.source,
    externalId: row.externalId,
    placeFromFile: origin,
  });
}

/**
 * Updates `placeId` of `actorId` with the row (update), or adds the row's place to the actor (merge;
 * `placeId` null). Answers whether anything changed (a row the directory already holds as it says changes
 * nothing); the actor keeps its id.
 */
export async function applyToActor(
  trx: Transaction<DB>,
  actorId: number,
  placeId: number | null,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<boolean> {
  const dto = await getActor(trx, actorId, options.today);
  const current = actorValuesFromDto(dto);
  const { values, parentName, origin, unsaid = [] } = contentOf(row);
  const incomingPlace: PlaceValues = values.places[0]!;
  const firstPlaceId = Math.min(...current.places.map((place) => place.id ?? Infinity));
  const mode = placeId !== null && placeId === firstPlaceId ? 'update' : 'merge';
  // Maillage's own export names the actor in `structure_parente` when its place is named otherwise: an
  // actor so named is not renamed after its place (« Agence postale communale de Champagné-Saint-Hilaire »
  // stays so, not « Agence postale communale »).
  const named =
    parentName !== null && sameName(parentName, current.name) ? { ...values, name: current.name } : values;
  const storedIndex = placeId === null ? -1 : current.places.findIndex((place) => place.id === placeId);
  const known = storedIndex >= 0;
  const incoming = known ? actorLocation(named, current, current.places[storedIndex]!) : named;
  const next = combine(current, incoming, mode);
  next.lastVerifiedOn = verifiedOn(current.lastVerifiedOn, values.lastVerifiedOn, mode, fromOwnExport(row));
  next.places = known
    ? current.places.map((place, index) =>
        index === storedIndex
          ? updatedPlace(
              place,
              dto.places[index]!.openingHoursReading.status === 'valid',
              incomingPlace,
              unsaid,
            )
          : place,
      )
    : [...current.places, incomingPlace];
  // A row that changes nothing (a re-import of the same file) writes nothing: the record keeps its date.
  const recordChanged = !sameRecord(next, current);
  if (recordChanged) await updateActor(trx, actorId, next, { now: options.now });
  if (known && placeId !== null) {
    if (await createdInMaillage(trx, row, placeId)) return recordChanged;
    const originChanged = await writeChangedOrigin(
      trx,
      placeId,
      await keptOrigin(trx, placeId, origin, unsaid),
    );
    return recordChanged || originChanged;
  }
  const added = await trx
    .selectFrom('place')
    .select('id')
    .where('actorId', '=', actorId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  await markPlace(trx, added.id, row);
  await writePlaceOrigin(trx, added.id, origin);
  return true;
}

/**
 * A row of our own export written for an actor without places: the actor's fields only, no place added.
 * Answers whether anything changed.
 */
export async function updateActorOnly(
  trx: Transaction<DB>,
  actorId: number,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<boolean> {
  const current = actorValuesFromDto(await getActor(trx, actorId, options.today));
  const { values } = contentOf(row);
  const next = combine(current, values, 'update');
  next.lastVerifiedOn = verifiedOn(
    current.lastVerifiedOn,
    values.lastVerifiedOn,
    'update',
    fromOwnExport(row),
  );
  next.places = current.places;
  if (sameRecord(next, current)) return false;
  await updateActor(trx, actorId, next, { now: options.now });
  return true;
}
