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
import { writePlaceOrigin } from './placeOrigin';

/**
 * Writing one planned row inside the import's transaction. An update replaces what the file says about
 * the place it came from; a merge adds the place. The actor's own fields (name, SIRET, address…) are
 * replaced only by the row of the place the actor was created with (its first place); any other row only
 * fills the actor's empty fields. So an actor with several places in a file (one SIRET, several rows)
 * holds the same values after the first import and after every re-import, whatever the rows' order.
 * Contacts, roles, notes typed in the app and other places are kept.
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
 * `placeId` null). Answers nothing: the actor keeps its id.
 */
export async function applyToActor(
  trx: Transaction<DB>,
  actorId: number,
  placeId: number | null,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<void> {
  const current = actorValuesFromDto(await getActor(trx, actorId, options.today));
  const { values, parentName, origin } = contentOf(row);
  const incomingPlace: PlaceValues = values.places[0]!;
  const firstPlaceId = Math.min(...current.places.map((place) => place.id ?? Infinity));
  const mode = placeId !== null && placeId === firstPlaceId ? 'update' : 'merge';
  // Maillage's own export names the actor in `structure_parente` when its place is named otherwise: an
  // actor so named is not renamed after its place (« Agence postale communale de Champagné-Saint-Hilaire »
  // stays so, not « Agence postale communale »).
  const incoming =
    parentName !== null && parentName === current.name ? { ...values, name: current.name } : values;
  const next = combine(current, incoming, mode);
  const known = placeId !== null && current.places.some((place) => place.id === placeId);
  next.places = known
    ? current.places.map((place) =>
        place.id === placeId ? { ...incomingPlace, id: placeId, permanences: place.permanences } : place,
      )
    : [...current.places, incomingPlace];
  // A row that changes nothing (a re-import of the same file) writes nothing: the record keeps its date.
  if (!sameRecord(next, current)) await updateActor(trx, actorId, next, { now: options.now });
  if (known) {
    await writePlaceOrigin(trx, placeId, origin);
    return;
  }
  const added = await trx
    .selectFrom('place')
    .select('id')
    .where('actorId', '=', actorId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  await markPlace(trx, added.id, row);
  await writePlaceOrigin(trx, added.id, origin);
}

/** A row of our own export written for an actor without places: the actor's fields only, no place added. */
export async function updateActorOnly(
  trx: Transaction<DB>,
  actorId: number,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<void> {
  const current = actorValuesFromDto(await getActor(trx, actorId, options.today));
  const next = combine(current, contentOf(row).values, 'update');
  next.places = current.places;
  if (!sameRecord(next, current)) await updateActor(trx, actorId, next, { now: options.now });
}
