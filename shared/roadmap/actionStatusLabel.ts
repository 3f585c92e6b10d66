import { isActionLate } from './actionLate';
import type { RoadmapActionDto } from './roadmapDto';
import { ACTION_STATUSES } from './roadmapVocabulary';

/**
 * A fiche action's status as every document prints it on a given day: « À lancer », or « À lancer (en
 * retard) » when its end is past (`isActionLate`, the rule the screens' « En retard » badge follows).
 */
export function actionStatusLabel(action: Pick<RoadmapActionDto, 'end' | 'status'>, today: string): string {
  return `${ACTION_STATUSES[action.status]}${isActionLate(action, today) ? ' (en retard)' : ''}`;
}
