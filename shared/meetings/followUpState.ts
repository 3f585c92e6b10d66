import { formatDate } from '../format/french';

/** Where a follow-up action decided in a meeting stands on a given day. */
export type FollowUpState = 'faite' | 'en_retard' | 'a_faire';

/**
 * The one rule for a meeting's follow-up actions, on screen (« Réunions ») and in every document (compte
 * rendu, bilan): done when closed by that day; late when its due date is before that day; else to do.
 */
export function followUpStateOn(
  action: { dueOn: string | null; doneOn: string | null },
  day: string,
): FollowUpState {
  if (action.doneOn !== null && action.doneOn <= day) return 'faite';
  return action.dueOn !== null && action.dueOn < day ? 'en_retard' : 'a_faire';
}

/** « Faite le 3 mars 2026 », « En retard », « À faire »: as the screen and the documents say it. */
export function followUpLabel(action: { dueOn: string | null; doneOn: string | null }, day: string): string {
  const state = followUpStateOn(action, day);
  if (state === 'faite') return `Faite le ${formatDate(action.doneOn)}`;
  return state === 'en_retard' ? 'En retard' : 'À faire';
}
