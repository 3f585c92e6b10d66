import type { ActorValues } from '../../../../shared/actors/schemas';
import { compactSiret, isValidSiret } from '../../../../shared/actors/siret';
import { isIsoDate } from '../../../../shared/api/fields';
import { cleanControlCharacters, type TextShape } from '../../../../shared/text/controlCharacters';
import { ACTOR_ROLE_CODES } from '../../../../shared/vocabularies/actorRoles';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../../../../shared/vocabularies/lieuxMediation';
import { TYPOLOGY_CODES } from '../../../../shared/vocabularies/typologies';

/**
 * `actorInput` (shared/actors/schemas.ts) answered without zod for the rows an import makes: the value zod
 * would output (control characters cleaned, trimmed, empty text as null, defaults filled, SIRET compacted,
 * repeats dropped from lists), or null when this function is not sure the row is valid. Null never means
 * « invalid »: the caller then asks zod itself, whose French messages stay the only ones. What an import
 * never produces (contacts, permanences, a place's id, anything but plain objects) is always left to zod.
 *
 * It mirrors the schema rule by rule; `test/unit/import/fastActorValues.test.ts` holds it to zod (accepted here
 * ⇒ accepted by zod with a deep-equal value; refused by zod ⇒ never accepted here).
 */

const UNSURE = Symbol('unsure');
type Sure<T> = T | typeof UNSURE;

// The patterns of shared/api/fields.ts, which does not export them.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s.()-]{6,}$/;
const URL = /^https?:\/\/[^\s]+\.[^\s]+$/i;
const POSTCODE = /^\d{5}$/;
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

const MAX_CONTACTS_OR_PLACES = 50;

const vocabulary = (values: readonly string[]) => new Set<unknown>(values);
const TYPOLOGIES = vocabulary(TYPOLOGY_CODES);
const ROLES = vocabulary(ACTOR_ROLE_CODES);
const PUBLIC_SET = vocabulary(PUBLICS);
const SUPPORT_SET = vocabulary(SPECIFIC_SUPPORTS);
const PROGRAMME_SET = vocabulary(NATIONAL_PROGRAMMES);
const LABEL_SET = vocabulary(TRAINING_LABELS);
const SERVICE_SET = vocabulary(SERVICES);
const ACCESS_SET = vocabulary(ACCESS_MODES);
const ACCOMPANIMENT_SET = vocabulary(ACCOMPANIMENT_MODES);
const FEE_SET = vocabulary(FEES);
const ITINERANCE_SET = vocabulary(ITINERANCE);

type Fields = Record<string, unknown>;

/** A plain object, read as zod's `z.object` reads it; anything stranger is left to zod. */
function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `requiredText`: a string, cleaned, trimmed, 1 to `max` characters. */
function requiredText(value: unknown, max: number, shape: TextShape = 'line'): Sure<string> {
  if (typeof value !== 'string') return UNSURE;
  const text = cleanControlCharacters(value, shape).trim();
  return text.length >= 1 && text.length <= max ? text : UNSURE;
}

/** `optionalText`: missing or null is null; a string is cleaned, trimmed, at most `max`, empty → null. */
function optionalText(value: unknown, max: number, shape: TextShape = 'multiline'): Sure<string | null> {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return UNSURE;
  const text = cleanControlCharacters(value, shape).trim();
  if (text.length > max) return UNSURE;
  return text === '' ? null : text;
}

/** An optional text that, when given, must match `pattern` (e-mail, phone, URL, postcode, commune code). */
function matching(value: unknown, max: number, pattern: RegExp): Sure<string | null> {
  const text = optionalText(value, max);
  return text === UNSURE || text === null || pattern.test(text) ? text : UNSURE;
}

// A file holds few distinct dates, and `isIsoDate` builds a Date for each: its answers are kept (bounded).
const KNOWN_DATES = new Map<string, boolean>();
const MAX_KNOWN_DATES = 4096;

/** `optionalIsoDate`: trimmed only (no control character cleaning), empty → null, else a real date. */
function isoDate(value: unknown): Sure<string | null> {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return UNSURE;
  const text = value.trim();
  if (text === '') return null;
  let valid = KNOWN_DATES.get(text);
  if (valid === undefined) {
    if (KNOWN_DATES.size >= MAX_KNOWN_DATES) KNOWN_DATES.clear();
    valid = isIsoDate(text);
    KNOWN_DATES.set(text, valid);
  }
  return valid ? text : UNSURE;
}

/** `optionalLatitude` / `optionalLongitude`: missing or null is null, else a finite number in range. */
function coordinate(value: unknown, limit: number): Sure<number | null> {
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit
    ? value
    : UNSURE;
}

/** `vocabularyList`: missing is [], else every item a known code; repeats dropped, first one kept. */
function vocabularyList(value: unknown, known: ReadonlySet<unknown>): Sure<string[]> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return UNSURE;
  const kept: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!known.has(item)) return UNSURE;
    // A few items each: a linear look keeps the first of repeats, as `[...new Set(list)]` does, without a Set.
    if (!kept.includes(item as string)) kept.push(item as string);
  }
  return kept;
}

/** A list the import always leaves empty (contacts, permanences): missing or empty is [], else zod decides. */
function emptyList(value: unknown): Sure<never[]> {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? [] : UNSURE;
}

/** The SIRET: an optional text, compacted, and valid (checksum included). */
function siret(value: unknown): Sure<string | null> {
  const text = optionalText(value, 20);
  if (text === UNSURE || text === null) return text;
  const compact = compactSiret(text);
  // `siretProblem` answers null exactly when `isValidSiret` holds (14 digits, not all zeros, the key right).
  return isValidSiret(compact) ? compact : UNSURE;
}

function place(input: unknown): Sure<Fields> {
  // A place's id is optional, and zod keeps a present-but-undefined key: left to zod.
  if (!isPlainObject(input) || 'id' in input) return UNSURE;
  const values: Fields = {
    name: requiredText(input.name, 200),
    address: optionalText(input.address, 200, 'line'),
    addressComplement: optionalText(input.addressComplement, 200, 'line'),
    postcode: matching(input.postcode, 5, POSTCODE),
    communeCode: matching(input.communeCode, 5, COMMUNE_CODE),
    latitude: coordinate(input.latitude, 90),
    longitude: coordinate(input.longitude, 180),
    services: vocabularyList(input.services, SERVICE_SET),
    accessModes: vocabularyList(input.accessModes, ACCESS_SET),
    accompanimentModes: vocabularyList(input.accompanimentModes, ACCOMPANIMENT_SET),
    fees: vocabularyList(input.fees, FEE_SET),
    itinerance: vocabularyList(input.itinerance, ITINERANCE_SET),
    openingHours: optionalText(input.openingHours, 500, 'line'),
    phone: matching(input.phone, 40, PHONE),
    email: matching(input.email, 254, EMAIL),
    bookingUrl: matching(input.bookingUrl, 500, URL),
    permanences: emptyList(input.permanences),
  };
  return allSure(values) ? values : UNSURE;
}

function places(input: unknown): Sure<Fields[]> {
  if (input === undefined) return [];
  if (!Array.isArray(input) || input.length > MAX_CONTACTS_OR_PLACES) return UNSURE;
  const values: Fields[] = [];
  for (let i = 0; i < input.length; i++) {
    const value = place(input[i]);
    if (value === UNSURE) return UNSURE;
    values.push(value);
  }
  return values;
}

function allSure(values: Fields): boolean {
  for (const key in values) if (values[key] === UNSURE) return false;
  return true;
}

/** The value `actorInput.parse(input)` would answer, or null when only zod can tell. */
export function fastActorValues(input: unknown): ActorValues | null {
  if (!isPlainObject(input)) return null;
  const values: Fields = {
    name: requiredText(input.name, 200),
    siret: siret(input.siret),
    typologies: vocabularyList(input.typologies, TYPOLOGIES),
    roles: vocabularyList(input.roles, ROLES),
    address: optionalText(input.address, 200, 'line'),
    addressComplement: optionalText(input.addressComplement, 200, 'line'),
    postcode: matching(input.postcode, 5, POSTCODE),
    communeCode: matching(input.communeCode, 5, COMMUNE_CODE),
    latitude: coordinate(input.latitude, 90),
    longitude: coordinate(input.longitude, 180),
    website: matching(input.website, 500, URL),
    publics: vocabularyList(input.publics, PUBLIC_SET),
    specificSupports: vocabularyList(input.specificSupports, SUPPORT_SET),
    programmes: vocabularyList(input.programmes, PROGRAMME_SET),
    labels: vocabularyList(input.labels, LABEL_SET),
    otherLabels: optionalText(input.otherLabels, 300),
    notes: optionalText(input.notes, 5000),
    lastVerifiedOn: isoDate(input.lastVerifiedOn),
    contacts: emptyList(input.contacts),
    places: places(input.places),
  };
  if (!allSure(values)) return null;
  // The schema's own rule across fields: both coordinates or neither.
  if ((values.latitude === null) !== (values.longitude === null)) return null;
  return values as ActorValues;
}
