import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { countLabel } from '../../../../shared/format/french';

/** « 3 présents, 1 excusé, 1 absent, 2 non renseignés » */
export function attendanceSummary(meeting: MeetingDto): string {
  const count = (status: MeetingDto['invitees'][number]['attendance']) =>
    meeting.invitees.filter((i) => i.attendance === status).length;
  return [
    countLabel(count('present'), 'présent', 'présents', 'aucun présent'),
    count('represente') > 0 ? countLabel(count('represente'), 'représenté') : null,
    countLabel(count('excuse'), 'excusé', 'excusés', 'aucun excusé'),
    countLabel(count('absent'), 'absent', 'absents', 'aucun absent'),
    count(null) > 0 ? countLabel(count(null), 'non renseigné', 'non renseignés') : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Whether the meeting's day has come: attendance, notes and the compte rendu are for a held meeting. */
export const isHeld = (meeting: MeetingDto, today: string) => meeting.startsAt.slice(0, 10) <= today;
