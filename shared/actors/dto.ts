import type { ActorRole } from '../vocabularies/actorRoles';
import type { Weekday } from '../vocabularies/weekdays';
import type { Freshness } from './freshness';
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
} from '../vocabularies/lieuxMediation';

/** Opening hours read back in plain French, or why they could not be read. */
/**
 * Opening hours read back: `stored` is the OpenStreetMap form a French text will be saved as; `proposal` a
 * correction the reader suggests for a value it refuses, taken in one click.
 */
export type OpeningHoursReading =
  | { status: 'empty' }
  | { status: 'valid'; lines: string[]; stored?: string }
  | { status: 'invalid'; message: string; proposal?: string };

export interface ContactDto {
  id: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface PermanenceDto {
  id: number;
  communeCode: string;
  communeName: string;
  weekdays: Weekday[];
  schedule: string | null;
}

export interface PlaceDto {
  id: number;
  name: string;
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeCode: string | null;
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
  services: Service[];
  accessModes: AccessMode[];
  accompanimentModes: AccompanimentMode[];
  fees: Fee[];
  itinerance: Itinerance[];
  openingHours: string | null;
  openingHoursReading: OpeningHoursReading;
  phone: string | null;
  email: string | null;
  bookingUrl: string | null;
  permanences: PermanenceDto[];
}

export interface ActorDto {
  id: number;
  name: string;
  siret: string | null;
  typologies: string[];
  roles: ActorRole[];
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeCode: string | null;
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  publics: Public[];
  specificSupports: SpecificSupport[];
  programmes: NationalProgramme[];
  labels: TrainingLabel[];
  otherLabels: string | null;
  notes: string | null;
  lastVerifiedOn: string | null;
  freshness: Freshness;
  contacts: ContactDto[];
  places: PlaceDto[];
  createdAt: string;
  updatedAt: string;
}

/** One row of the directory list. */
export interface ActorSummaryDto {
  id: number;
  name: string;
  communeName: string | null;
  typologies: string[];
  roles: ActorRole[];
  placeCount: number;
  services: Service[];
  lastVerifiedOn: string | null;
  freshness: Freshness;
}

export interface ActorListPageDto {
  total: number;
  offset: number;
  items: ActorSummaryDto[];
}

export interface TrashedActorDto {
  id: number;
  name: string;
  communeName: string | null;
  deletedAt: string;
}
