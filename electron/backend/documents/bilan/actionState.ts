import { formatDate } from '../../../../shared/format/french';
import { followUpLabel, followUpStateOn } from '../../../../shared/meetings/followUpState';

/**
 * A follow-up action's state in the bilan, as it was on the bilan's last day (`until`, today for the current
 * year), by the rule of the « Réunions » screen (`followUpStateOn`): « Faite le … », « En retard », « À faire ».
 * The figures above the table count the same way (`meetings/networkLife.ts`): an action closed after that day
 * was still open then, and the table says when it was closed since.
 */
export function actionStateAt(
  action: { dueOn: string | null; doneOn: string | null },
  until: string,
): string {
  const state = followUpLabel(action, until);
  if (followUpStateOn(action, until) === 'faite' || action.doneOn === null) return state;
  return `${state} au ${formatDate(until)}, faite depuis (le ${formatDate(action.doneOn)})`;
}
