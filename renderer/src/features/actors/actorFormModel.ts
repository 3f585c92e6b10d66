/**
 * The actor form's state and its conversions: ActorDto → form (text as typed) → ActorInput (nulls, numbers).
 * Edits are in actorFormEdits.ts, checks and error paths in actorFormErrors.ts.
 * Pure: no React, no DOM.
 */
import type { ActorDto, ContactDto, PermanenceDto, PlaceDto } from '../../../../shared/actors/dto';
import type { ActorInput, PlaceInput } from '../../../../shared/actors/schemas';
import type { ActorRole } from '../../../../shared/vocabularies/actorRoles';
import { TYPOLOGY_CODES, type TypologyCode } from '../../../../shared/vocabularies/typologies';
import type { Weekday } from '../../../../shared/vocabularies/weekdays';
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
} from '../../../../shared/vocabularies/lieuxMediation';
import { coordinateInput } from './actorLabels';

/** Every repeated row carries a key of its own so that React keeps its inputs in place when rows move. */
export interface ContactForm {
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PermanenceForm {
  key: string;
  communeCode: string;
  weekdays: Weekday[];
  schedule: string;
}

export interface PlaceForm {
  key: string;
  /** The stored place's id, kept so that an edit updates it rather than replacing it. */
  id: number | null;
  name: string;
  address: string;
  addressComplement: string;
  postcode: string;
  communeCode: string;
  latitude: string;
  longitude: string;
  services: Service[];
  accessModes: AccessMode[];
  accompanimentModes: AccompanimentMode[];
  fees: Fee[];
  itinerance: Itinerance[];
  openingHours: string;
  phone: string;
  email: string;
  bookingUrl: string;
  permanences: PermanenceForm[];
}

export interface ActorForm {
  name: string;
  siret: string;
  typologies: TypologyCode[];
  roles: ActorRole[];
  address: string;
  addressComplement: string;
  postcode: string;
  communeCode: string;
  latitude: string;
  longitude: string;
  website: string;
  publics: Public[];
  specificSupports: SpecificSupport[];
  programmes: NationalProgramme[];
  labels: TrainingLabel[];
  otherLabels: string;
  notes: string;
  lastVerifiedOn: string;
  contacts: ContactForm[];
  places: PlaceForm[];
}

/** Field-level messages keyed by dotted path (`places.0.communeCode`), as the backend sends them. */
export type FieldErrors = Record<string, string>;

let keyCounter = 0;
const newKey = (prefix: string) => `${prefix}-${++keyCounter}`;

const text = (value: string | null | undefined): string => value ?? '';
const coordinateText = (value: number | null): string => (value === null ? '' : coordinateInput(value));
const isTypologyCode = (code: string): code is TypologyCode => (TYPOLOGY_CODES as string[]).includes(code);

export function emptyActorForm(today: string): ActorForm {
  return {
    name: '',
    siret: '',
    typologies: [],
    roles: [],
    address: '',
    addressComplement: '',
    postcode: '',
    communeCode: '',
    latitude: '',
    longitude: '',
    website: '',
    publics: [],
    specificSupports: [],
    programmes: [],
    labels: [],
    otherLabels: '',
    notes: '',
    lastVerifiedOn: today,
    contacts: [],
    places: [],
  };
}

export const emptyContact = (): ContactForm => ({
  key: newKey('contact'),
  name: '',
  role: '',
  email: '',
  phone: '',
});

export const emptyPermanence = (): PermanenceForm => ({
  key: newKey('permanence'),
  communeCode: '',
  weekdays: [],
  schedule: '',
});

export function emptyPlace(): PlaceForm {
  return {
    key: newKey('place'),
    id: null,
    name: '',
    address: '',
    addressComplement: '',
    postcode: '',
    communeCode: '',
    latitude: '',
    longitude: '',
    services: [],
    accessModes: [],
    accompanimentModes: [],
    fees: [],
    itinerance: [],
    openingHours: '',
    phone: '',
    email: '',
    bookingUrl: '',
    permanences: [],
  };
}

const contactForm = (contact: ContactDto): ContactForm => ({
  key: newKey('contact'),
  name: contact.name,
  role: text(contact.role),
  email: text(contact.email),
  phone: text(contact.phone),
});

const permanenceForm = (permanence: PermanenceDto): PermanenceForm => ({
  key: newKey('permanence'),
  communeCode: permanence.communeCode,
  weekdays: [...permanence.weekdays],
  schedule: text(permanence.schedule),
});

/** The address fields an actor and each of its places share, as typed in the form. */
type AddressForm = Pick<
  PlaceForm,
  'address' | 'addressComplement' | 'postcode' | 'communeCode' | 'latitude' | 'longitude'
>;
type StoredAddress = Pick<
  PlaceDto,
  'address' | 'addressComplement' | 'postcode' | 'communeCode' | 'latitude' | 'longitude'
>;

const addressForm = (stored: StoredAddress): AddressForm => ({
  address: text(stored.address),
  addressComplement: text(stored.addressComplement),
  postcode: text(stored.postcode),
  communeCode: text(stored.communeCode),
  latitude: coordinateText(stored.latitude),
  longitude: coordinateText(stored.longitude),
});

const placeForm = (place: PlaceDto): PlaceForm => ({
  key: newKey('place'),
  id: place.id,
  name: place.name,
  ...addressForm(place),
  services: [...place.services],
  accessModes: [...place.accessModes],
  accompanimentModes: [...place.accompanimentModes],
  fees: [...place.fees],
  itinerance: [...place.itinerance],
  openingHours: text(place.openingHours),
  phone: text(place.phone),
  email: text(place.email),
  bookingUrl: text(place.bookingUrl),
  permanences: place.permanences.map(permanenceForm),
});

export function actorFormFromDto(actor: ActorDto): ActorForm {
  return {
    name: actor.name,
    siret: text(actor.siret),
    typologies: actor.typologies.filter(isTypologyCode),
    roles: [...actor.roles],
    ...addressForm(actor),
    website: text(actor.website),
    publics: [...actor.publics],
    specificSupports: [...actor.specificSupports],
    programmes: [...actor.programmes],
    labels: [...actor.labels],
    otherLabels: text(actor.otherLabels),
    notes: text(actor.notes),
    lastVerifiedOn: text(actor.lastVerifiedOn),
    contacts: actor.contacts.map(contactForm),
    places: actor.places.map(placeForm),
  };
}

/** Trimmed text, or null when nothing is left. */
export const nullIfBlank = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * A coordinate as typed: « 46,5801 », « 46.5801 », « -0,34 ». Empty means none; anything else that is not a
 * decimal number is refused (the caller shows why).
 */
export function parseCoordinate(value: string): { ok: true; value: number | null } | { ok: false } {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

const COORDINATE_PROBLEM = {
  latitude: 'La latitude est un nombre décimal (exemple\u00a0: 46,5801).',
  longitude: 'La longitude est un nombre décimal (exemple\u00a0: 0,3405).',
};

function coordinates(
  latitude: string,
  longitude: string,
  prefix: string,
  errors: FieldErrors,
): { latitude: number | null; longitude: number | null } {
  const lat = parseCoordinate(latitude);
  const lon = parseCoordinate(longitude);
  if (!lat.ok) errors[`${prefix}latitude`] = COORDINATE_PROBLEM.latitude;
  if (!lon.ok) errors[`${prefix}longitude`] = COORDINATE_PROBLEM.longitude;
  return { latitude: lat.ok ? lat.value : null, longitude: lon.ok ? lon.value : null };
}

/** The address fields as the API takes them; a coordinate that is not a number goes to `errors`. */
function addressInput(form: AddressForm, prefix: string, errors: FieldErrors) {
  return {
    address: nullIfBlank(form.address),
    addressComplement: nullIfBlank(form.addressComplement),
    postcode: nullIfBlank(form.postcode),
    communeCode: nullIfBlank(form.communeCode),
    ...coordinates(form.latitude, form.longitude, prefix, errors),
  };
}

function placeInput(place: PlaceForm, index: number, errors: FieldErrors): PlaceInput {
  return {
    ...(place.id === null ? {} : { id: place.id }),
    name: place.name.trim(),
    ...addressInput(place, `places.${index}.`, errors),
    services: [...place.services],
    accessModes: [...place.accessModes],
    accompanimentModes: [...place.accompanimentModes],
    fees: [...place.fees],
    itinerance: [...place.itinerance],
    openingHours: nullIfBlank(place.openingHours),
    phone: nullIfBlank(place.phone),
    email: nullIfBlank(place.email),
    bookingUrl: nullIfBlank(place.bookingUrl),
    permanences: place.permanences.map((permanence) => ({
      communeCode: permanence.communeCode,
      weekdays: [...permanence.weekdays],
      schedule: nullIfBlank(permanence.schedule),
    })),
  };
}

/**
 * The input `actors.create` / `actors.update` take. `errors` holds what could not be converted (a coordinate
 * that is not a number); when it is not empty, do not send the input.
 */
export function actorInputFromForm(form: ActorForm): { input: ActorInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input: ActorInput = {
    name: form.name.trim(),
    siret: nullIfBlank(form.siret),
    typologies: [...form.typologies],
    roles: [...form.roles],
    ...addressInput(form, '', errors),
    website: nullIfBlank(form.website),
    publics: [...form.publics],
    specificSupports: [...form.specificSupports],
    programmes: [...form.programmes],
    labels: [...form.labels],
    otherLabels: nullIfBlank(form.otherLabels),
    notes: nullIfBlank(form.notes),
    lastVerifiedOn: nullIfBlank(form.lastVerifiedOn),
    contacts: form.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: nullIfBlank(contact.role),
      email: nullIfBlank(contact.email),
      phone: nullIfBlank(contact.phone),
    })),
    places: form.places.map((place, index) => placeInput(place, index, errors)),
  };
  return { input, errors };
}

/** An actor as stored, ready to be sent back unchanged (or with a few fields replaced). */
export function actorInputFromDto(actor: ActorDto): ActorInput {
  return actorInputFromForm(actorFormFromDto(actor)).input;
}

/** What the form compares to know whether something changed (row keys are not data). */
export function formSnapshot(form: ActorForm): string {
  return JSON.stringify(form, (name, value: unknown) => (name === 'key' ? undefined : value));
}
