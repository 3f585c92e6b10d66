/** A commune as the app shows it (reference data: @etalab/decoupage-administratif). */
export interface CommuneDto {
  code: string;
  name: string;
  population: number;
  postcodes: string[];
}

/** A commune the commune search proposes: any commune of France, the territory's own said so. */
export interface CommuneChoiceDto {
  code: string;
  name: string;
  /** Département code (« 02 », « 2A », « 974 »), to tell homonyms apart; null if the reference has none. */
  departement: string | null;
  postcodes: string[];
  inTerritory: boolean;
}

export interface EpciSummaryDto {
  siren: string;
  name: string;
  /** CC, CA, CU, METRO… */
  type: string;
  population: number;
  communeCount: number;
  /** Département codes covered, for telling homonyms apart. */
  departements: string[];
  /** When the query matched a member commune rather than the EPCI itself. */
  matchedCommune: string | null;
}

export interface EpciDetailDto extends EpciSummaryDto {
  communes: CommuneDto[];
}

export interface TerritoryContactDto {
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface TerritoryDto {
  epciSiren: string;
  epciName: string;
  epciType: string;
  displayName: string;
  isDemo: boolean;
  population: number;
  communes: CommuneDto[];
  contact: TerritoryContactDto;
  /** data: URL of the logo used on documents, or null. */
  logoDataUrl: string | null;
  chosenAt: string;
}
