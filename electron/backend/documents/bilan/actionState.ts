import { formatDate } from '../../../../shared/format/french';

/**
 * A follow-up action's state in the bilan, as it was on the bilan's last day (`until`), the figures above the
 * table counting the same way (`meetings/networkLife.ts`): an action closed after that day was still open then,
 * and the table says when it was closed since.
 */
export function actionStateAt(
  action: { dueOn: string | null; doneOn: string | null },
  until: string,
): string {
  if (action.doneOn !== null && action.doneOn <= until) return `Faite le ${formatDate(action.doneOn)}`;
  const open = action.dueOn !== null && action.dueOn < until ? 'En retard' : 'En cours';
  if (action.doneOn === null) return open;
  return `${open} au ${formatDate(until)}, faite depuis (le ${formatDate(action.doneOn)})`;
}
