import type { RoadmapActionDto, RoadmapDto, RoadmapMemberDto } from '../../../../shared/roadmap/roadmapDto';
import { formatMonthOrDate } from '../../../../shared/roadmap/roadmapDates';

/** Small readings of the roadmap shared by its parts: numbers, names, periods. */

/** « 1.2 »: chantier 1, action 2, in reading order. */
export function actionNumbers(roadmap: RoadmapDto): Map<number, string> {
  const numbers = new Map<number, string>();
  roadmap.chantiers.forEach((chantier, c) =>
    chantier.actions.forEach((action, a) => numbers.set(action.id, `${c + 1}.${a + 1}`)),
  );
  return numbers;
}

export function memberNames(roadmap: RoadmapDto): Map<number, string> {
  return new Map(roadmap.members.map((member: RoadmapMemberDto) => [member.id, member.name]));
}

/** « de septembre 2026 à juin 2027 », « à partir de septembre 2026 », « jusqu’en juin 2027 », or null. */
export function periodOf(action: Pick<RoadmapActionDto, 'start' | 'end'>): string | null {
  const start = formatMonthOrDate(action.start);
  const end = formatMonthOrDate(action.end);
  if (start && end) return `de ${start} à ${end}`;
  if (start) return `à partir de ${start}`;
  if (end) return `jusqu’à ${end}`;
  return null;
}
