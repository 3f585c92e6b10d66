import type { Generated } from 'kysely';
import type { MeetingTables } from '../meetings/meetingTables';
import type { ActivityTables } from '../activity/activityTables';

/**
 * Database tables as Kysely sees them (camelCase through CamelCasePlugin): every table, since the query
 * builder is the one data path. `tableColumns.ts` lists the same columns, checked against these interfaces by
 * the compiler and against the migrated database by test/integration/schema.test.ts.
 */
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
  /** The multi-valued fields, JSON `{ kind: values[] }` (migration 011; `actors/tags.ts`). */
  tags: Generated<string>;
  /** Where the actor stands with the network (migration 015); null: « non renseigné ». */
  networkStatus: 'spotted' | 'met' | 'member' | 'declined' | null;
  networkStatusChangedAt: string | null;
}

export type ActorTagKind = 'typology' | 'role' | 'public' | 'support' | 'programme' | 'label';

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
  /** The source file's `date_maj`, as given (migration 010); null when none was given. */
  sourceUpdatedOn: string | null;
  presentationSummary: string | null;
  presentationDetail: string | null;
  /** The place's Accès libre page (`fiche_acces_libre`). */
  accessibilityUrl: string | null;
  /** The multi-valued fields, JSON `{ kind: values[] }` (migration 011; `actors/tags.ts`). */
  tags: Generated<string>;
}

export type PlaceTagKind = 'service' | 'access' | 'accompaniment' | 'fee' | 'itinerance';

/** A value the directory filters on, named once (migration 011). */
export type FacetKind = 'typology' | 'role' | 'public' | 'programme' | 'label' | 'service';
export interface FacetTable {
  id: Generated<number>;
  kind: FacetKind;
  value: string;
}

/** Which actor has which facet: the index of the directory's filters, derived from the rows' `tags`. */
export interface ActorFacetTable {
  facetId: number;
  actorId: number;
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

/** Commune contours (migration 004): a GeoJSON MultiPolygon's coordinates as JSON, already simplified. */
export interface CommuneContourTable {
  code: string;
  geometry: string;
  importedAt: string;
}

/** What the last import of contours used and left out (migration 014); `leftOut` is JSON. One row. */
export interface ContourUseTable {
  id: number;
  importedAt: string;
  usedCount: number;
  mergedOldCodes: number;
  leftOut: string;
}

/** A pair of actors the user said are not duplicates (migration 005): the smaller id first. */
export interface DuplicateDismissalTable {
  lowActorId: number;
  highActorId: number;
  dismissedAt: string;
}

/** Indicator datasets imported from per-commune files (migration 006), their indicators and values. */
export interface IndicatorDatasetTable {
  id: Generated<number>;
  kind: 'ifn' | 'generic';
  name: string;
  source: string;
  year: number;
  unit: Generated<string>;
  fileName: string;
  importedAt: string;
}

export interface IndicatorTable {
  datasetId: number;
  key: string;
  label: string;
  unit: Generated<string>;
  position: number;
  /** Which way the values read (migration 012): a higher value is more fragile, or less. */
  direction: Generated<'higherIsMoreFragile' | 'lowerIsMoreFragile'>;
}

export interface IndicatorValueTable {
  datasetId: number;
  indicatorKey: string;
  communeCode: string;
  /** Null unless the status is 'ok': a secret or missing value is never stored as zero. */
  value: number | null;
  status: 'ok' | 'secret' | 'missing';
}

// Coordination body (« instance », governance feature).
export interface InstanceTable {
  id: Generated<number>;
  name: string;
  kind: 'strategique' | 'technique' | 'consultatif' | 'autre';
  frequency: 'mensuelle' | 'trimestrielle' | 'semestrielle' | 'annuelle' | 'autre';
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InstanceMemberTable {
  id: Generated<number>;
  instanceId: number;
  position: number;
  kind: 'actor' | 'elected';
  actorId: number | null;
  /** The organisation's name as added (kept if the actor is purged) or the elected official's full name. */
  name: string;
  /** JSON array of { name, role, email }. */
  representatives: Generated<string>;
  mandate: string | null;
  communeCode: string | null;
  createdAt: string;
}

export interface InstanceFindingAssumedTable {
  instanceId: number;
  findingKey: string;
  reason: string;
  assumedAt: string;
}

/** Diagnostic (migration 007): the commentary per section and the frozen diagnostics. */
export interface DiagnosticCommentaryTable {
  section: string;
  text: string;
  updatedAt: string;
}

export interface DiagnosticSnapshotTable {
  id: Generated<number>;
  title: string;
  frozenAt: string;
  /** The whole DiagnosticDto, as JSON. */
  diagnostic: string;
  /** The chart specs, as JSON. */
  charts: string;
  mapSvg: string | null;
}

/** The diagnostic's settings (migration 012): one row (id 1), absent until the user changes a default. */
export interface DiagnosticSettingsTable {
  id: number;
  fragilityIndicatorId: string | null;
  fragilityLabel: string | null;
  service: string;
  minScore: number;
  minDistanceKm: number;
  updatedAt: string;
}

// Feuille de route (roadmap feature, migration 009).
export interface RoadmapTable {
  id: number;
  instanceId: number | null;
  state: 'brouillon' | 'adoptee';
  version: number;
  amendedFrom: number | null;
  title: string;
  purpose: string | null;
  context: string | null;
  commitments: string | null;
  updatedAt: string;
}

export interface RoadmapObjectiveTable {
  id: Generated<number>;
  position: number;
  title: string;
  indicator: string | null;
  baseline: number | null;
  target: number | null;
  unit: string | null;
}

export interface RoadmapChantierTable {
  id: Generated<number>;
  position: number;
  title: string;
  description: string | null;
}

export interface RoadmapActionTable {
  id: Generated<number>;
  chantierId: number;
  position: number;
  title: string;
  objectiveId: number | null;
  description: string | null;
  /** JSON array of public labels. */
  publics: string;
  /** JSON array of INSEE codes. */
  communeCodes: string;
  startOn: string | null;
  endOn: string | null;
  budget: number | null;
  status: 'a_lancer' | 'en_cours' | 'termine' | 'abandonne';
  progress: number;
}

export interface RoadmapFundingTable {
  id: Generated<number>;
  actionId: number;
  position: number;
  source: string;
  amount: number | null;
  status: 'envisage' | 'demande' | 'acquis' | 'refuse';
  note: string | null;
}

export interface RoadmapIndicatorTable {
  id: Generated<number>;
  actionId: number;
  position: number;
  label: string;
  unit: string | null;
  target: number | null;
  actual: number | null;
  /** Migration 020: null when typed by hand; else computed from the activity. */
  measure: 'accompaniments' | 'activities' | null;
  /** JSON list of La Coop thèmes (empty: all). */
  themes: Generated<string>;
}

export interface RoadmapRoleTable {
  actionId: number;
  memberId: number;
  role: 'pilote' | 'partenaire' | 'financeur' | 'contributeur';
}

export interface RoadmapSignatureTable {
  memberId: number;
  organisation: string;
  signatory: string | null;
  function: string | null;
  signedOn: string | null;
  status: 'a_signer' | 'signe' | 'refuse';
}

export interface RoadmapVersionTable {
  number: number;
  adoptedOn: string;
  place: string;
  title: string;
  /** The whole RoadmapDto as adopted, as JSON. */
  content: string;
  frozenAt: string;
}

/** One contact with an actor: a visit, a call, a meeting… (migration 015). */
export interface NetworkContactTable {
  id: Generated<number>;
  actorId: number;
  contactOn: string;
  kind: 'visit' | 'call' | 'meeting' | 'email' | 'other';
  who: string | null;
  notes: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DB extends MeetingTables, ActivityTables {
  territory: TerritoryTable;
  territoryCommune: TerritoryCommuneTable;
  actor: ActorTable;
  contact: ContactTable;
  place: PlaceTable;
  facet: FacetTable;
  actorFacet: ActorFacetTable;
  permanence: PermanenceTable;
  communeContour: CommuneContourTable;
  contourUse: ContourUseTable;
  duplicateDismissal: DuplicateDismissalTable;
  indicatorDataset: IndicatorDatasetTable;
  indicator: IndicatorTable;
  indicatorValue: IndicatorValueTable;
  diagnosticCommentary: DiagnosticCommentaryTable;
  diagnosticSnapshot: DiagnosticSnapshotTable;
  diagnosticSettings: DiagnosticSettingsTable;
  instance: InstanceTable;
  instanceMember: InstanceMemberTable;
  instanceFindingAssumed: InstanceFindingAssumedTable;
  roadmap: RoadmapTable;
  roadmapObjective: RoadmapObjectiveTable;
  roadmapChantier: RoadmapChantierTable;
  roadmapAction: RoadmapActionTable;
  roadmapFunding: RoadmapFundingTable;
  roadmapIndicator: RoadmapIndicatorTable;
  roadmapRole: RoadmapRoleTable;
  roadmapSignature: RoadmapSignatureTable;
  roadmapVersion: RoadmapVersionTable;
  networkContact: NetworkContactTable;
}
