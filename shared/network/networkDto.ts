/** Meeting the actors (step 1 of the method): where each actor stands with the network, and the contacts with it. */

/** « repéré », « rencontré », « membre du réseau », « ne souhaite pas ». No status (null) reads « non renseigné ». */
export const NETWORK_STATUSES = ['spotted', 'met', 'member', 'declined'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

/** The directory's filter: a status, or `none` for the actors whose status is not said yet. */
export const NETWORK_STATUS_FILTERS = [...NETWORK_STATUSES, 'none'] as const;
export type NetworkStatusFilter = (typeof NETWORK_STATUS_FILTERS)[number];

export const CONTACT_KINDS = ['visit', 'call', 'meeting', 'email', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** One entry of an actor's contact log. Dates are ISO calendar dates (YYYY-MM-DD). */
export interface NetworkContactDto {
  id: number;
  actorId: number;
  contactOn: string;
  kind: ContactKind;
  /** Who went, as typed (« Claire (coordinatrice) »). */
  who: string | null;
  notes: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
}

/** An actor's place in the network: its status and its contact log, newest first. */
export interface NetworkActorDto {
  actorId: number;
  status: NetworkStatus | null;
  /** When the status was last changed (ISO timestamp); null when never set. */
  statusChangedAt: string | null;
  contacts: NetworkContactDto[];
}

/** One line of « À rencontrer ou à relancer en premier ». */
export interface NetworkPriorityDto {
  actorId: number;
  name: string;
  communeName: string | null;
  status: NetworkStatus | null;
  /** The date of the last contact, null when none. */
  lastContactOn: string | null;
  /** The next step of the last contact, when it has one. */
  nextStep: string | null;
  nextStepOn: string | null;
  /** Why the actor is on the list: a next step to take, or never met. */
  reason: 'nextStep' | 'neverMet';
}

/** The « Réseau » screen: the count of live actors per status, then who to meet or call back first. */
export interface NetworkOverviewDto {
  /** Today, as the engine's clock says (to tell an overdue step from a coming one). */
  today: string;
  total: number;
  counts: Record<NetworkStatusFilter, number>;
  contactCount: number;
  /** Actors whose last contact set a next step, by its date (undated last), then actors never met. */
  priorities: NetworkPriorityDto[];
  /** How many actors never met are left off the list (the list shows the first ones). */
  neverMetLeftOff: number;
}
