import { PUBLICS, SPECIFIC_SUPPORTS } from '../vocabularies/lieuxMediation';

/** Who pays for an action: the funding sources a territory's roadmap usually lists. */
export const FUNDING_SOURCES = {
  etat_fne: 'État / France Numérique Ensemble',
  conseillers_numeriques: 'Conseillers numériques',
  detr: 'DETR',
  dsil: 'DSIL',
  feder: 'FEDER',
  region: 'Région',
  departement: 'Département',
  epci: 'EPCI',
  caf: 'CAF',
  communes: 'Communes',
  autre: 'Autre',
} as const;
export type FundingSource = keyof typeof FUNDING_SOURCES;
export const FUNDING_SOURCE_CODES = Object.keys(FUNDING_SOURCES) as [FundingSource, ...FundingSource[]];

/** Where a funding line stands. */
export const FUNDING_STATUSES = {
  envisage: 'Envisagé',
  demande: 'Demandé',
  acquis: 'Acquis',
  refuse: 'Refusé',
} as const;
export type FundingStatus = keyof typeof FUNDING_STATUSES;
export const FUNDING_STATUS_CODES = Object.keys(FUNDING_STATUSES) as [FundingStatus, ...FundingStatus[]];

/** Where an action (fiche action) stands. */
export const ACTION_STATUSES = {
  a_lancer: 'À lancer',
  en_cours: 'En cours',
  termine: 'Terminé',
  abandonne: 'Abandonné',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;
export const ACTION_STATUS_CODES = Object.keys(ACTION_STATUSES) as [ActionStatus, ...ActionStatus[]];

/** What a member of the body does in an action (the « qui fait quoi » matrix). */
export const ACTION_ROLES = {
  pilote: 'Pilote',
  partenaire: 'Partenaire',
  financeur: 'Financeur',
  contributeur: 'Contributeur',
} as const;
export type ActionRole = keyof typeof ACTION_ROLES;
export const ACTION_ROLE_CODES = Object.keys(ACTION_ROLES) as [ActionRole, ...ActionRole[]];

/** Where a member's signature stands. */
export const SIGNATURE_STATUSES = {
  a_signer: 'À signer',
  signe: 'Signé',
  refuse: 'Refusé',
} as const;
export type SignatureStatus = keyof typeof SIGNATURE_STATUSES;
export const SIGNATURE_STATUS_CODES = Object.keys(SIGNATURE_STATUSES) as [
  SignatureStatus,
  ...SignatureStatus[],
];

/** Where the roadmap itself stands: a draft being written, or an adopted version waiting for « Amender ». */
export const ROADMAP_STATES = {
  brouillon: 'Brouillon',
  adoptee: 'Adoptée',
} as const;
export type RoadmapState = keyof typeof ROADMAP_STATES;

/**
 * The publics an action may target: the « Lieux de médiation numérique » standard's publics and specific
 * supports. Their codes are their French labels, as in the standard.
 */
export const ROADMAP_PUBLICS = [...PUBLICS, ...SPECIFIC_SUPPORTS] as const;
export type RoadmapPublic = (typeof ROADMAP_PUBLICS)[number];

/** The kind of a member of the body: an actor of the directory, or an elected official. */
export const MEMBER_KINDS = {
  actor: 'Acteur',
  elected: 'Élu·e',
} as const;
export type MemberKind = keyof typeof MEMBER_KINDS;
