/** How an actor reads on screen, in French. Pure: no React, no DOM. */
import type { Freshness } from '../../../../shared/actors/freshness';
import type { PermanenceDto } from '../../../../shared/actors/dto';
import { formatDate } from '../../../../shared/format/french';
import { ACTOR_ROLES, type ActorRole } from '../../../../shared/vocabularies/actorRoles';
import { WEEKDAYS, WEEKDAY_CODES, type Weekday } from '../../../../shared/vocabularies/weekdays';

export const roleLabel = (role: ActorRole): string => ACTOR_ROLES[role] ?? role;

/** The screens and the documents write SIREN and SIRET one way (`shared/format/siren.ts`). */
export { formatSiren, formatSiret } from '../../../../shared/format/siren';

/** The first `max` items and how many more there are (« +2 »). */
export function truncateList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max), more: items.length - max };
}

export type Tone = 'info' | 'warning' | 'error';

/** The badge next to a last-verification date; none for a recent check. */
export function freshnessBadge(
  freshness: Freshness,
): { label: string; tone: 'warning' | 'danger' | 'muted' } | null {
  switch (freshness) {
    case 'recent':
      return null;
    case 'over12':
      return { label: '12 à 18 mois', tone: 'warning' };
    case 'over18':
      return { label: 'Plus de 18 mois', tone: 'danger' };
    case 'never':
      return { label: 'Jamais vérifiée', tone: 'muted' };
  }
}

/** The banner on an actor's page when its record needs a check; none for a recent check. */
export function freshnessBanner(
  freshness: Freshness,
  lastVerifiedOn: string | null,
): { tone: Tone; text: string } | null {
  switch (freshness) {
    case 'recent':
      return null;
    case 'over12':
      return {
        tone: 'warning',
        text: `Fiche à vérifier\u00a0: dernière vérification le ${formatDate(lastVerifiedOn)}, il y a 12 à 18 mois.`,
      };
    case 'over18':
      return {
        tone: 'error',
        text: `Fiche ancienne\u00a0: dernière vérification le ${formatDate(lastVerifiedOn)}, il y a plus de 18 mois.`,
      };
    case 'never':
      return {
        tone: 'info',
        text: 'Fiche jamais vérifiée\u00a0: confirmez ses informations auprès de l’acteur, puis marquez-la comme vérifiée.',
      };
  }
}

/** « mardi, jeudi », in the week's order. */
export function weekdaysText(days: readonly Weekday[]): string {
  return WEEKDAY_CODES.filter((code) => days.includes(code))
    .map((code) => WEEKDAYS[code])
    .join(', ');
}

/** « Permanence à Gençay : mardi, jeudi — 1er et 3e mardi du mois » */
export function permanenceLine(
  permanence: Pick<PermanenceDto, 'communeName' | 'weekdays' | 'schedule'>,
): string {
  const days = weekdaysText(permanence.weekdays);
  const schedule = permanence.schedule?.trim();
  return `Permanence à ${permanence.communeName}\u00a0: ${days}${schedule ? ` — ${schedule}` : ''}`;
}

/** « 12 rue de la Poste, bâtiment B, 86160 Gençay », leaving out what is missing; '' when nothing is known. */
export function addressLine(parts: {
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  communeName: string | null;
}): string {
  const town = [parts.postcode, parts.communeName].filter(Boolean).join(' ');
  return [parts.address, parts.addressComplement, town].filter(Boolean).join(', ');
}

/** « 46,58012 » — the decimal comma, all the digits kept: what the form edits. */
export const coordinateInput = (value: number): string => String(value).replace('.', ',');

/**
 * « 44,679 » for 44.6789998998257: a coordinate as read, to six decimals at most (about 10 cm), trailing
 * zeros dropped — a geocoder's float noise is no information.
 */
export const formatCoordinate = (value: number): string => coordinateInput(Number(value.toFixed(6)));

/** « 1 lieu », « 3 lieux », « aucun lieu ». */
export function placeCountLabel(count: number): string {
  if (count === 0) return 'aucun lieu';
  return `${count}\u00a0${count > 1 ? 'lieux' : 'lieu'}`;
}
