/**
 * The sentences the network's screens show, from the API's data. Pure: no React.
 */
import { countLabel, formatDate, formatInteger } from '../../../../shared/format/french';
import type { NetworkContactDto, NetworkOverviewDto } from '../../../../shared/network/networkDto';
import { contactKindLabel } from '../../../../shared/network/networkLabels';

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type StepTiming = 'overdue' | 'today' | 'soon' | 'later' | 'undated';

/** Overdue, today, within two weeks, later, or without a date. */
export function stepTiming(nextStepOn: string | null, today: string): StepTiming {
  if (nextStepOn === null) return 'undated';
  const days = daysBetween(today, nextStepOn);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= 14 ? 'soon' : 'later';
}

/** « En retard : prévu le 1er mars 2026 », « Aujourd’hui », « Le 15 janvier 2027 », « Sans date ». */
export function stepWhen(nextStepOn: string | null, today: string): string {
  switch (stepTiming(nextStepOn, today)) {
    case 'overdue':
      return `En retard\u00a0: prévu le ${formatDate(nextStepOn)}`;
    case 'today':
      return 'Aujourd’hui';
    case 'undated':
      return 'Sans date';
    default:
      return `Le ${formatDate(nextStepOn)}`;
  }
}

/** The last contact's date (« 12 mars 2026 »), or « Aucun contact ». */
export const lastContactText = (lastContactOn: string | null): string =>
  lastContactOn ? formatDate(lastContactOn) : 'Aucun contact';

/** « Visite du 12 mars 2026 · Claire (coordinatrice) ». */
export function contactTitle(contact: NetworkContactDto): string {
  const head = `${contactKindLabel(contact.kind)} du ${formatDate(contact.contactOn)}`;
  return contact.who ? `${head} · ${contact.who}` : head;
}

/**
 * « 10 acteurs rencontrés sur 45, dont 9 membres du réseau et 1 qui ne souhaite pas en être · 12 contacts
 * notés ». An actor that said no was met all the same: it counts among those met, said apart.
 */
export function networkSummary(
  overview: Pick<NetworkOverviewDto, 'counts' | 'total' | 'contactCount'>,
): string {
  const { counts } = overview;
  const met = counts.met + counts.member + counts.declined;
  const members = countLabel(counts.member, 'membre', 'membres', 'aucun membre');
  const declined =
    counts.declined > 0
      ? ` et ${formatInteger(counts.declined)}\u00a0qui ne souhaite${counts.declined > 1 ? 'nt' : ''} pas en être`
      : '';
  return (
    `${countLabel(met, 'acteur rencontré', 'acteurs rencontrés', 'Aucun acteur rencontré')} sur ` +
    `${formatInteger(overview.total)}, dont ${members} du réseau${declined} · ` +
    countLabel(overview.contactCount, 'contact noté', 'contacts notés', 'aucun contact noté')
  );
}
