import type { ContactKind, NetworkStatus, NetworkStatusFilter } from './networkDto';

/** The French words for the network's statuses and contact kinds (the UI's and the documents'). */

const STATUS_LABELS: Record<NetworkStatusFilter, string> = {
  spotted: 'Repéré',
  met: 'Rencontré',
  member: 'Membre du réseau',
  declined: 'Ne souhaite pas',
  none: 'Non renseigné',
};

export const networkStatusLabel = (status: NetworkStatus | null): string => STATUS_LABELS[status ?? 'none'];
export const networkFilterLabel = (filter: NetworkStatusFilter): string => STATUS_LABELS[filter];

const KIND_LABELS: Record<ContactKind, string> = {
  visit: 'Visite',
  call: 'Appel',
  meeting: 'Réunion',
  email: 'Courriel',
  other: 'Autre',
};

export const contactKindLabel = (kind: ContactKind): string => KIND_LABELS[kind];

/**
 * Whether adding this contact should propose « rencontré »: a visit or a meeting with an actor not met yet
 * (« repéré » or « non renseigné »). Only proposed: the user says yes, the status never changes by itself.
 */
export function proposesMet(status: NetworkStatus | null, kind: ContactKind): boolean {
  return (status === null || status === 'spotted') && (kind === 'visit' || kind === 'meeting');
}
