import type { Generated } from 'kysely';

/** Database tables as Kysely sees them (camelCase through CamelCasePlugin). */
export interface TerritoryTable {
  id: number;
  epciSiren: string;
  epciName: string;
  epciType: string;
  displayName: string;
  isDemo: number;
  contactName: string | null;
  contactRole: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  logoMimeType: string | null;
  logo: Buffer | null;
  chosenAt: string;
}

export interface TerritoryCommuneTable {
  code: string;
  name: string;
  population: number;
  /** JSON array of postcodes. */
  postcodes: string;
}

export interface ActorTable {
  id: Generated<number>;
  name: string;
  nameKey: string;
  searchText: string;
  siret: string | null;
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  otherLabels: string | null;
  notes: string | null;
  lastVerifiedOn: string | null;
  source: string | null;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type ActorTagKind = 'typology' | 'role' | 'public' | 'support' | 'programme' | 'label';
export interface ActorTagTable {
  actorId: number;
  kind: ActorTagKind;
  value: string;
}

export interface ContactTable {
  id: Generated<number>;
  actorId: number;
  position: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface PlaceTable {
  id: Generated<number>;
  actorId: number;
  position: number;
  name: string;
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  /** 1 valid, 0 invalid, null empty. */
  openingHoursValid: number | null;
  phone: string | null;
  email: string | null;
  bookingUrl: string | null;
  source: string | null;
  externalId: string | null;
}

export type PlaceTagKind = 'service' | 'access' | 'accompaniment' | 'fee' | 'itinerance';
export interface PlaceTagTable {
  placeId: number;
  kind: PlaceTagKind;
  value: string;
}

export interface PermanenceTable {
  id: Generated<number>;
  placeId: number;
  position: number;
  communeCode: string;
  /** JSON array of OSM weekday codes. */
  weekdays: string;
  schedule: string | null;
}

export interface DB {
  territory: TerritoryTable;
  territoryCommune: TerritoryCommuneTable;
  actor: ActorTable;
  actorTag: ActorTagTable;
  contact: ContactTable;
  place: PlaceTable;
  placeTag: PlaceTagTable;
  permanence: PermanenceTable;
}
