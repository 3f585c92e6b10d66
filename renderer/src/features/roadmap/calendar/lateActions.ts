import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { roadmapCalendar } from '../../../../../shared/roadmap/roadmapCalendar';

/** The ids of the late actions (the calendar's rule), for the badges of the « Rédaction »; none before today is known. */
export function lateActionIds(roadmap: RoadmapDto, today: string | null): Set<number> {
  if (!today) return new Set();
  const calendar = roadmapCalendar(roadmap, { scale: 'quarter', today });
  return new Set(calendar.rows.filter((row) => row.kind === 'action' && row.late).map((row) => row.id));
}
