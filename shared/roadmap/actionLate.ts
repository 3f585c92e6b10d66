import type { RoadmapActionDto } from './roadmapDto';

/**
 * An action is late when its end (a month « 2026-06 » or a day) is past and it is neither done nor abandoned:
 * the calendar, the roadmap's fiches and tables and the note say it alike.
 */
export function isActionLate(action: Pick<RoadmapActionDto, 'end' | 'status'>, today: string): boolean {
  return (
    action.end !== null &&
    action.end < today.slice(0, action.end.length) &&
    action.status !== 'termine' &&
    action.status !== 'abandonne'
  );
}
