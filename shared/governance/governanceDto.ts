/** The kind of coordination body (« instance »), as the method distinguishes them. */
export const INSTANCE_KINDS = ['strategique', 'technique', 'consultatif', 'autre'] as const;
export type InstanceKind = (typeof INSTANCE_KINDS)[number];
export const INSTANCE_KIND_LABELS: Record<InstanceKind, string> = {
  strategique: 'Stratégique (comité de pilotage)',
  technique: 'Technique (groupe moteur, comité technique)',
  consultatif: 'Consultatif',
  autre: 'Autre',
};

/** How often the body meets. */
export const INSTANCE_FREQUENCIES = [
  'mensuelle',
  'trimestrielle',
  'semestrielle',
  'annuelle',
  'autre',
] as const;
export type InstanceFrequency = (typeof INSTANCE_FREQUENCIES)[number];
export const INSTANCE_FREQUENCY_LABELS: Record<InstanceFrequency, string> = {
  mensuelle: 'Mensuelle',
  trimestrielle: 'Trimestrielle',
  semestrielle: 'Semestrielle',
  annuelle: 'Annuelle',
  autre: 'Autre rythme',
};
/** The same rhythm in a sentence about the body: « Réunions trimestrielles ». */
export const INSTANCE_RHYTHM_LABELS: Record<InstanceFrequency, string> = {
  mensuelle: 'Réunions mensuelles',
  trimestrielle: 'Réunions trimestrielles',
  semestrielle: 'Réunions semestrielles',
  annuelle: 'Réunion annuelle',
  autre: 'Réunions à un autre rythme',
};

/** A member is an actor of the directory, or an elected official (who is not in the directory). */
export type InstanceMemberKind = 'actor' | 'elected';

/** Usual mandates of the elected officials who sit in such a body (free text is allowed too). */
export const ELECTED_MANDATE_SUGGESTIONS = [
  'Maire',
  'Adjoint·e au maire',
  'Conseiller·ère municipal·e',
  'Président·e de la communauté de communes',
  'Vice-président·e',
  'Conseiller·ère communautaire',
  'Conseiller·ère départemental·e',
  'Conseiller·ère régional·e',
] as const;

export interface InstanceRepresentativeDto {
  name: string;
  role: string | null;
  email: string | null;
}

export interface InstanceMemberDto {
  id: number;
  instanceId: number;
  kind: InstanceMemberKind;
  /** The actor of the directory (kind 'actor'); null for an elected official, or once the actor is purged. */
  actorId: number | null;
  /** The organisation's name (actor) or the elected official's full name. */
  name: string;
  /** Who sits for the organisation (actor); for an elected official, empty. */
  representatives: InstanceRepresentativeDto[];
  /** The elected official's mandate (« Maire », « Vice-président·e »…); null for an actor. */
  mandate: string | null;
  /** The actor's commune, or the elected official's commune. */
  communeCode: string | null;
  /** Named from the national reference when outside the territory (an actor's postal address may be). */
  communeName: string | null;
  /** True when the commune is not one of the territory's (« Digne-les-Bains (hors du territoire) »). */
  communeOutside: boolean;
  /** 0-based order in the body. */
  position: number;
  /** True when the actor was moved to the Corbeille of the directory (kept in the body, flagged). */
  actorDeleted: boolean;
}

export interface InstanceSummaryDto {
  id: number;
  name: string;
  kind: InstanceKind;
  frequency: InstanceFrequency;
  memberCount: number;
  electedCount: number;
  updatedAt: string;
}

export interface InstanceDto {
  id: number;
  name: string;
  kind: InstanceKind;
  frequency: InstanceFrequency;
  /** Free text: what the body is for, when it meets (« le premier jeudi du mois »…). */
  notes: string | null;
  members: InstanceMemberDto[];
  createdAt: string;
  updatedAt: string;
}

/** The rules of the « n'oublier personne » check, in the order the panel shows the findings that are not priorities. */
export const FINDING_RULES = ['public', 'elected', 'role', 'typology', 'commune', 'attendance'] as const;
export type FindingRule = (typeof FINDING_RULES)[number];
/** The heading of each rule's group in the « N'oublier personne » panel. */
export const FINDING_RULE_LABELS: Record<FindingRule, string> = {
  public: 'Autres publics',
  elected: 'Élus',
  role: 'Autres rôles des acteurs',
  typology: 'Types de structures',
  commune: 'Communes',
  attendance: 'Membres qui s’éloignent',
};

/** A member that covers a family of publics in part, and how (« itinérant, public « Seniors » »). */
export interface CoverageDto {
  actorId: number;
  name: string;
  how: string;
}

/** An actor of the directory that would fill the gap, and why. */
export interface InviteSuggestionDto {
  actorId: number;
  name: string;
  communeName: string | null;
  /** Why this actor fills this gap, in French (« Public : Jeunes », « Mission Locale »). */
  reason: string;
  /** How many other open gaps inviting this actor would also fill. */
  alsoFills: number;
}

export interface AssumedStateDto {
  reason: string;
  assumedAt: string;
}

export interface FindingDto {
  /** Stable key of the finding within the body (rule + subject), used to assume it. */
  key: string;
  rule: FindingRule;
  /** The missing value: a role or a public group; '' for « no elected official » and the typology and commune summaries. */
  subject: string;
  /** One French sentence saying what is missing. */
  title: string;
  /** Supporting detail (« 3 acteurs de l'annuaire ont ce rôle »). */
  detail: string;
  /** One of the method's priorities (families of publics, elected officials, historical actors): shown first. */
  priority: boolean;
  /** Members that cover the gap in part (a generalist, an itinerant bus): said, and the user judges. */
  coveredBy: CoverageDto[];
  /** Those who fill the most open gaps first, at most ten; the screen shows three, then the others on demand. */
  suggestions: InviteSuggestionDto[];
  /** Actors of the directory who would fill the gap too, beyond `suggestions` (said, not listed). */
  otherCandidates: number;
  /** Null while the gap is « à traiter »; the reason when the user judged it « couvert quand même ». */
  assumed: AssumedStateDto | null;
}

export interface ForgetNoOneReportDto {
  instanceId: number;
  findings: FindingDto[];
  /** How many findings are open (not assumed). */
  openCount: number;
}
