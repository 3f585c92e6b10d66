import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { countLabel } from '../../../../shared/format/french';

/**
 * What the compte rendu's panel says when no absent or excused invitee is there to send it to: that everyone
 * came (attendance taken for each), or how many invitees' attendance is still to note. Null when some are
 * absent or excused (the panel lists them).
 */
export function noRecipientsHint(meeting: Pick<MeetingDto, 'absentees' | 'invitees'>): string | null {
  if (meeting.absentees.names.length > 0) return null;
  if (meeting.invitees.length === 0)
    return 'Personne n’est invité à cette réunion\u00a0: le compte rendu n’est à envoyer à aucun absent.';
  const unsaid = meeting.invitees.filter((invitee) => invitee.attendance === null).length;
  if (unsaid === 0)
    return 'Tous les invités étaient présents ou représentés\u00a0: le compte rendu n’est à envoyer à aucun absent.';
  const whose = countLabel(unsaid, 'invité', 'invités');
  return unsaid === meeting.invitees.length
    ? 'Aucune présence n’est notée\u00a0: indiquez la présence de chacun pour savoir à qui envoyer le compte rendu.'
    : `La présence de ${whose} n’est pas notée\u00a0: indiquez-la pour savoir à qui envoyer le compte rendu.`;
}
