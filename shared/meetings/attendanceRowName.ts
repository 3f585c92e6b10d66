import type { AttendanceRowDto } from './networkLifeDto';

/**
 * A member's name as the attendance tables write it: « CCAS (s’éloigne) » when absent or excused at its last
 * three meetings, « Bus numérique (a quitté l’instance) » for someone who is no longer a member.
 */
export function attendanceRowName(
  member: Pick<AttendanceRowDto, 'name' | 'former' | 'driftingAway'>,
): string {
  if (member.former) return `${member.name} (a quitté l’instance)`;
  return member.driftingAway ? `${member.name} (s’éloigne)` : member.name;
}
