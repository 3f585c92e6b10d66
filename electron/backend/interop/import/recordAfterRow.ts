import { isDeepStrictEqual } from 'node:util';
import type { ActorDto } from '../../../../shared/actors/dto';
import type { ActorValues } from '../../../../shared/actors/schemas';
import { actorValuesFromDto } from '../../actors/valuesFromDto';
import {
  ACTOR_TAG_FIELDS,
  PLACE_TAG_FIELDS,
  inVocabularyOrder,
  type ActorTagField,
  type PlaceTagField,
} from '../../actors/tags';
import type { PlannedContent, PlannedRow } from './plan';
import { NO_ORIGIN, type PlaceOrigin } from './placeOrigin';
import { sameName } from './parentName';
import type { UnsaidField } from './unsaidFields';
import { internationalPhone } from '../lieux-mediation/exportRows';
import { openingHoursToStore } from '../../actors/openingHours';

/**
 * What one planned row makes of a stored actor, computed without writing: the job writes it
 * (`applyRow.ts`), and the report before the import uses it to tell the rows the directory already holds as
 * the file says (`upToDateRows.ts`). An update replaces what the file says about the place it came from; a
 * merge adds the place. The actor's own fields (name, SIRET, address…) are replaced only by the row of the
 * place the actor was created with (its first place); any other row only fills the actor's empty fields.
 * So an actor with several places in a file (one SIRET, several rows) holds the same values after the first
 * import and after every re-import, whatever the rows' order. Contacts, roles, notes typed in the app and
 * other places are kept.
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
export const sameRecord = (next: ActorValues, current: ActorValues) =>
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
  // Hours the file writes in French (« du lundi au vendredi de 9 h à 12 h ») are stored in the OpenStreetMap form
  // they read as: the same hours, not a change at each re-import of the same file.
  if (next.openingHours !== null && openingHoursToStore(next.openingHours) === stored.openingHours)
    next.openingHours = stored.openingHours;
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

export const fromOwnExport = (row: PlannedRow) =>
  row.action.kind === 'update' && row.action.ownExport === true;

export interface RecordAfterRow {
  /** The actor as stored. */
  current: ActorValues;
  /** The actor as the row leaves it. */
  next: ActorValues;
  /** Whether the row's place is one of the actor's (an update), not one the row adds (a merge). */
  known: boolean;
}

/**
 * The actor `dto` after the row that updates its place `placeId` (update), or that adds its place to it
 * (merge: `placeId` null).
 */
export function recordAfterPlaceRow(
  dto: ActorDto,
  placeId: number | null,
  row: PlannedRow,
  content: PlannedContent,
): RecordAfterRow {
  const current = actorValuesFromDto(dto);
  const { values, parentName, unsaid = [] } = content;
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
  return { current, next, known };
}

/** The actor `dto` after a row of our own export written for an actor without places: its fields only. */
export function recordAfterActorRow(dto: ActorDto, row: PlannedRow, content: PlannedContent): RecordAfterRow {
  const current = actorValuesFromDto(dto);
  const next = combine(current, content.values, 'update');
  next.lastVerifiedOn = verifiedOn(
    current.lastVerifiedOn,
    content.values.lastVerifiedOn,
    'update',
    fromOwnExport(row),
  );
  next.places = current.places;
  return { current, next, known: false };
}

/** The origin columns of a stored place, and its source (null: created in Maillage). */
export type StoredOrigin = PlaceOrigin & { source: string | null };

export const ORIGIN_COLUMNS = [
  'source',
  'sourceUpdatedOn',
  'presentationSummary',
  'presentationDetail',
  'accessibilityUrl',
] as const;

/**
 * What the row leaves of its place's origin, or null when it leaves it as stored: a place created in
 * Maillage keeps none from a row of our own export (whose `date_maj` the export made up from the record,
 * `updateDate.ts`), and a field the file has no column for keeps its stored value. A place from a file that
 * gave no date is exported with its actor's last verification (`actorVerifiedOn`): that date coming back is
 * ours, not news of the file, and the place stays without one.
 */
export function originAfterRow(
  row: PlannedRow,
  origin: PlaceOrigin,
  unsaid: readonly UnsaidField[],
  stored: StoredOrigin | undefined,
  actorVerifiedOn: string | null,
): PlaceOrigin | null {
  if (fromOwnExport(row) && stored?.source === null) return null;
  const next = { ...NO_ORIGIN, ...origin };
  if (stored)
    for (const key of Object.keys(NO_ORIGIN) as (keyof PlaceOrigin)[])
      if (next[key] === null && unsaid.includes(key)) next[key] = stored[key];
  if (stored && stored.sourceUpdatedOn === null && next.sourceUpdatedOn === actorVerifiedOn)
    next.sourceUpdatedOn = null;
  if (
    stored &&
    isDeepStrictEqual(next, {
      sourceUpdatedOn: stored.sourceUpdatedOn,
      presentationSummary: stored.presentationSummary,
      presentationDetail: stored.presentationDetail,
      accessibilityUrl: stored.accessibilityUrl,
    })
  )
    return null;
  return next;
}
