import type { ChartSource, ChartSpec } from '../charts/chartSpec';
import type { Service } from '../vocabularies/lieuxMediation';
import type { DistanceStatus } from './gapsDistance';
import type { FragilityOfferRow } from './gaps';
import type { OfferDiagnostic } from './offer';
import type { FragilityDirection } from './indicatorSchemas';
import type { DiagnosticActivityDto } from './diagnosticActivity';

/**
 * The diagnostic as it crosses the boundary, is frozen in a snapshot and feeds the Word documents: plain JSON,
 * self-sufficient (names, not ids; every number with its source and year), so that a snapshot read years later
 * shows exactly what was presented.
 */

/** The population of the reference data: INSEE's « population municipale » shipped offline. */
/** Populations légales of millésime 2023, in force since 1 January 2026 (@etalab/decoupage-administratif 6). */
export const POPULATION_SOURCE: ChartSource = { label: 'INSEE, population municipale', year: 2023 };

/** The directory as a source, dated by the day the diagnostic was computed: « Annuaire … au 5 avril 2026 ». */
export const DIRECTORY_SOURCE_LABEL = 'Annuaire des acteurs Maillage';

/** The sections of the commentary the user writes; each one goes under its part of the Word document. */
export const COMMENTARY_SECTIONS = ['synthese', 'offre', 'fragilite', 'ecarts'] as const;
export type CommentarySection = (typeof COMMENTARY_SECTIONS)[number];

export const COMMENTARY_SECTION_LABELS: Record<CommentarySection, string> = {
  synthese: 'Synthèse',
  offre: 'L’offre de médiation numérique',
  fragilite: 'Les fragilités numériques',
  ecarts: 'Les écarts entre besoins et offre',
};

export type DiagnosticCommentaryDto = Record<CommentarySection, string>;

/** An indicator imported per commune, as the diagnostic can use it. */
export interface DiagnosticIndicatorDto {
  /** Stable within one diagnostic: `<datasetId>:<key>`. */
  id: string;
  key: string;
  label: string;
  unit: string;
  datasetName: string;
  source: ChartSource;
  /** True for a score read on 1…10 (the IFN total): used as is for fragility; other indicators are rescaled. */
  isScore: boolean;
  /** Which way the values read, chosen at import. */
  direction: FragilityDirection;
  /** Communes of the territory with a usable value. */
  valueCount: number;
}

/** The value of one indicator for one commune: null when secret, missing or absent from the file. */
export interface CommuneIndicatorValueDto {
  indicatorId: string;
  value: number | null;
  status: 'ok' | 'secret' | 'missing' | 'absent';
}

/** Straight-line distance from a commune's centre to the nearest place offering one service. */
export interface CommuneNearestDto {
  service: Service;
  status: DistanceStatus;
  distanceKm: number | null;
  /** « Médiathèque de Civray », or null when no place offers the service. */
  nearestPlaceName: string | null;
  nearestCommuneName: string | null;
  /** The nearest is an itinerant permanence held in a commune (its centre), not a fixed place. */
  viaPermanence?: boolean;
}

export interface DiagnosticCommuneDto {
  code: string;
  name: string;
  population: number;
  placeCount: number;
  placesPer10k: number | null;
  /** Itinerant permanences held in the commune by places based elsewhere (a bus, a mobile team). */
  permanenceCount: number;
  /** Served only by itinerant permanences: no fixed place, at least one permanence. */
  itinerantOnly: boolean;
  /** (places + permanences) × 10,000 / population; null when population is 0. */
  accessPointsPer10k: number | null;
  services: Service[];
  serviceOfferCount: number;
  serviceOffersPer10k: number | null;
  /**
   * Places of the commune, or holding a permanence there, that list no service: `services` is then a lower
   * bound. Absent from a diagnostic frozen before they were counted.
   */
  placesWithoutServices?: number;
  /** Fragility on 1…10 from the chosen indicator (rescaled when it is not a score), null when unknown. */
  fragilityScore: number | null;
  /** Position in the fragility × offer ranking (1 = most fragile, least served). */
  rank: number;
  indicators: CommuneIndicatorValueDto[];
  /** The 9 services, in vocabulary order; all `noCentroid` while the commune contours are not imported. */
  nearest: CommuneNearestDto[];
}

/** Which indicator the fragility is read from, and how. */
export interface FragilityDto {
  indicatorId: string;
  /** The name the diagnostic gives it: the one chosen in the settings, else the indicator's own. */
  label: string;
  /** The indicator's own label, as imported. */
  indicatorLabel: string;
  direction: FragilityDirection;
  source: ChartSource;
  /** 'score': the values are already 1…10; 'rescaled': min–max of the territory's communes mapped to 1…10. */
  scale: 'score' | 'rescaled';
  /** Communes with a known score. */
  knownCount: number;
}

/**
 * Whether « fragiles et loin » could be counted: `computed` (every commune's fragility and every fragile commune's
 * distance known), `partial` (some fragility or some distance unknown: the count is a lower bound), `notComputable` (fragile communes, but no
 * distance at all: the contours are not imported), `noFragility` (no fragility indicator).
 */
export type FragileAndFarStatus = 'computed' | 'partial' | 'notComputable' | 'noFragility';

export interface FragileAndFarDto {
  service: Service;
  minScore: number;
  minDistanceKm: number;
  status: FragileAndFarStatus;
  /** How many communes are fragile and far; null unless it could be counted (`computed` or `partial`). */
  count: number | null;
  rows: {
    rank: number;
    code: string;
    name: string;
    population: number;
    score: number;
    status: 'measured' | 'noPlaceOffering';
    distanceKm: number | null;
    nearestPlaceName: string | null;
  }[];
  /** Communes fragile enough whose distance is unknown (no contour): names, most fragile first. */
  unknownDistance: { code: string; name: string }[];
  /**
   * Communes of the territory whose fragility is unknown (the indicator's file covers only some): the count is
   * then a lower bound. Absent from a diagnostic frozen before it was told apart.
   */
  unknownFragility?: number;
}

export interface DiagnosticSettingsDto {
  /** The indicator chosen for fragility, or null for the default (latest IFN total, if any). */
  fragilityIndicatorId: string | null;
  /** The name given to the fragility in the screen and the documents; null: the indicator's own label. */
  fragilityLabel: string | null;
  service: Service;
  minScore: number;
  minDistanceKm: number;
}

export interface DiagnosticDto {
  territory: {
    name: string;
    epciName: string;
    epciSiren: string;
    communeCount: number;
    population: number;
    populationSource: ChartSource;
  };
  /** The day (YYYY-MM-DD) the directory was read: freshness and the directory source are dated by it. */
  today: string;
  computedAt: string;
  directorySource: ChartSource;
  /** Contours imported for the map: distances and the choropleth need them. */
  contoursSource: ChartSource | null;
  settings: DiagnosticSettingsDto;
  communes: DiagnosticCommuneDto[];
  offer: Omit<OfferDiagnostic, 'communes'>;
  indicators: DiagnosticIndicatorDto[];
  fragility: FragilityDto | null;
  /** Fragility × offer, ranked (most fragile and least served first). */
  ranking: FragilityOfferRow[];
  fragileAndFar: FragileAndFarDto;
  commentary: DiagnosticCommentaryDto;
  /**
   * « L'activité des lieux de médiation » over the last 12 complete months; null in a diagnostic frozen before
   * the activity was followed (« non disponible dans ce diagnostic figé »).
   */
  activity: DiagnosticActivityDto | null;
}

/** A frozen diagnostic as listed. */
export interface SnapshotSummaryDto {
  id: number;
  title: string;
  frozenAt: string;
  territoryName: string;
  communeCount: number;
  placeCount: number;
  fragilityLabel: string | null;
}

/** A frozen diagnostic: the values, the charts and their sources as they were on that day. */
export interface SnapshotDto extends SnapshotSummaryDto {
  diagnostic: DiagnosticDto;
  charts: ChartSpec[];
  /** The choropleth map drawn that day, or null when there were no contours or no indicator. */
  mapSvg: string | null;
}
