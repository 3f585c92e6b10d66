import type {
  ActionRole,
  ActionStatus,
  FundingSource,
  FundingStatus,
  MemberKind,
  RoadmapPublic,
  RoadmapState,
  SignatureStatus,
} from './roadmapVocabulary';
import type { ComputedIndicatorDto } from './computedIndicator';

/**
 * A member of the coordination body as the roadmap shows it (its « composition »): live from the body while
 * the roadmap is a draft, frozen in each adopted version.
 */
export interface RoadmapMemberDto {
  /** The member's id in the body (instance_member); actions, roles and signatures point at it. */
  id: number;
  kind: MemberKind;
  /** The directory actor, for an actor member; null for an elected official or an actor since deleted. */
  actorId: number | null;
  /** Organisation (actor) or person (elected official). */
  name: string;
  /** Who sits for an organisation, as typed in the body; the first one signs by default. Empty for an elected official. */
  representatives: { name: string; role: string | null }[];
  /** One short line: the mandate and commune of an elected official, the commune of an actor; null if none. */
  detail: string | null;
}

export interface RoadmapObjectiveDto {
  id: number;
  position: number;
  title: string;
  /** What is measured (« Nombre de personnes accompagnées »). */
  indicator: string | null;
  baseline: number | null;
  target: number | null;
  /** Unit of baseline and target (« personnes », « % »); null if none. */
  unit: string | null;
}

export interface FundingLineDto {
  id: number;
  source: FundingSource;
  /** Whole euros; null while not known (« non renseigné », never 0 €). */
  amount: number | null;
  status: FundingStatus;
  /** Free precision (« appel à projets 2026 »). */
  note: string | null;
}

export interface ActionIndicatorDto {
  id: number;
  label: string;
  unit: string | null;
  target: number | null;
  /** Typed by hand, or, for a computed indicator, the computed value (null: unknown). */
  actual: number | null;
  /**
   * Set when the value is computed from the activity (with its source); null or absent (versions adopted
   * before migration 020) when typed by hand.
   */
  computed?: ComputedIndicatorDto | null;
}

/** A fiche action. */
export interface RoadmapActionDto {
  id: number;
  chantierId: number;
  /** 0-based position inside its chantier. */
  position: number;
  title: string;
  /** The roadmap objective it serves; null if none. */
  objectiveId: number | null;
  description: string | null;
  /** The member who pilots it (same as its « pilote » role in the matrix); null if none yet. */
  pilotMemberId: number | null;
  /** Members with the « partenaire » role. */
  partnerMemberIds: number[];
  publics: RoadmapPublic[];
  /** INSEE codes of the communes concerned (empty: the whole territory). */
  communeCodes: string[];
  /** ISO month (2026-09) or date (2026-09-15); null if not set. */
  start: string | null;
  end: string | null;
  /** Whole euros; null if not set. */
  budget: number | null;
  fundings: FundingLineDto[];
  indicators: ActionIndicatorDto[];
  status: ActionStatus;
  /** 0 to 100. */
  progress: number;
}

export interface RoadmapChantierDto {
  id: number;
  position: number;
  title: string;
  description: string | null;
  /** In their order. */
  actions: RoadmapActionDto[];
}

/** One cell of the « qui fait quoi » matrix. Pilote and partenaire cells mirror the actions' fields. */
export interface RoadmapRoleDto {
  actionId: number;
  memberId: number;
  role: ActionRole;
}

/** A person the signature editor offers for a row: a representative of the member, or an elected official. */
export interface SignatoryChoiceDto {
  name: string;
  /** The function as printed, written out (« Maire de Charroux »); null when it must be chosen among `forms`. */
  function: string | null;
  /** When the body knows only an inclusive abbreviation (« Président·e »): the masculine and feminine written out. */
  forms: string[];
}

/**
 * One signature block: one per member, except the EPCI, which signs once for all the members that sign for it
 * (its president, its vice-presidents, the EPCI as an actor). Prefilled from the body until edited.
 */
export interface RoadmapSignatureDto {
  /** The member whose row holds the choice (for the EPCI, the first of its members in the body's order). */
  memberId: number;
  /** The other members who sign through this block (the EPCI's elected officials…); absent or empty otherwise. */
  alsoFor?: number[];
  /**
   * The members this block signs for besides the organisation it names (the row's member included when it is
   * not the EPCI itself: a service the EPCI carries); absent in versions adopted before it was recorded.
   */
  signsFor?: number[];
  organisation: string;
  /** Null while no one is chosen: « signataire à choisir ». */
  signatory: string | null;
  /** The signatory's function written out (« Présidente de la communauté de communes … », « Directeur »). */
  function: string | null;
  /** ISO date; null if not signed yet. */
  signedOn: string | null;
  status: SignatureStatus;
  /** False while the row is only the prefill from the body (never saved). */
  edited: boolean;
  /** The people able to sign for the block, offered by the editor (the draft only; absent in adopted versions). */
  choices?: SignatoryChoiceDto[];
}

export interface RoadmapAdoptionDto {
  /** Version number: 1 for the first adoption. */
  version: number;
  /** ISO date of adoption (« le … »). */
  adoptedOn: string;
  /** « Fait à … ». */
  place: string;
}

/**
 * Everything a feuille de route holds, in one piece: what the editor shows, what a version freezes, what the
 * Word export prints. Plain JSON.
 */
export interface RoadmapDto {
  state: RoadmapState;
  /**
   * The version this content is or will become: the draft of version 2 after one adoption and « Amender »,
   * or the adopted version itself.
   */
  version: number;
  /** The adopted version a draft was amended from; null for a first draft. */
  amendedFrom: number | null;
  /** Set on adopted content only. */
  adoption: RoadmapAdoptionDto | null;
  /** The territory's display name (« CC du Civraisien en Poitou »). */
  territoryName: string;
  title: string;
  /** Raison d'être of the group. */
  purpose: string | null;
  /** Context: why act (the diagnostic in a few lines). */
  context: string | null;
  /** The reciprocal commitments of the members. */
  commitments: string | null;
  /** The body the roadmap belongs to; null until chosen (or if it was deleted). */
  instance: { id: number; name: string } | null;
  members: RoadmapMemberDto[];
  objectives: RoadmapObjectiveDto[];
  chantiers: RoadmapChantierDto[];
  roles: RoadmapRoleDto[];
  signatures: RoadmapSignatureDto[];
  /** The territory's communes, to name the codes of the actions. */
  communes: { code: string; name: string }[];
  /** ISO timestamp of the last change of the draft (or of the adoption). */
  updatedAt: string;
}

/** A write that created or updated one element: its id, and the whole roadmap to stay in sync. */
export interface RoadmapSavedDto {
  id: number;
  roadmap: RoadmapDto;
}

/** One adopted version in the list. */
export interface RoadmapVersionSummaryDto {
  version: number;
  adoptedOn: string;
  place: string;
  title: string;
  /** Signature lines (a member organisation signs once, whatever its number of representatives). */
  signatureCount: number;
  signedCount: number;
  actionCount: number;
  /** ISO timestamp of the adoption click. */
  frozenAt: string;
}

/** A side of a comparison: a version number, or the current draft. */
export type RoadmapSide = number | 'brouillon';

/** One changed field, in French, ready to show. */
export interface FieldChangeDto {
  /** « Date de fin », « Pilote ». */
  field: string;
  before: string;
  after: string;
}

export type ChangeKind = 'ajout' | 'suppression' | 'modification';

/** One element that changed between two versions. */
export interface ElementChangeDto {
  kind: ChangeKind;
  /** « Objectif », « Chantier », « Action », « Signature », « Membre », « Feuille de route ». */
  element: string;
  /** The element's title (its name after the change, or before a removal). */
  title: string;
  /** For an action: its chantier's title. */
  within: string | null;
  changes: FieldChangeDto[];
}

export interface RoadmapComparisonDto {
  from: { side: RoadmapSide; label: string };
  to: { side: RoadmapSide; label: string };
  /** In the roadmap's reading order: general fields, members, objectives, chantiers and actions, signatures. */
  changes: ElementChangeDto[];
}
