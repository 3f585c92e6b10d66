import { describe, expect, it } from 'vitest';
import type { InviteeDto, MeetingDto } from '../../../shared/meetings/meetingsDto';
import { noRecipientsHint } from '../../../renderer/src/features/meetings/reportRecipients';

type Attendance = InviteeDto['attendance'];

const meeting = (attendances: Attendance[], absentNames: string[] = []) =>
  ({
    invitees: attendances.map((attendance, index) => ({ id: index + 1, attendance }) as InviteeDto),
    absentees: { names: absentNames, emails: [], withoutEmail: [] },
  }) satisfies Pick<MeetingDto, 'absentees' | 'invitees'>;

describe('who the compte rendu goes to, when no one is absent or excused', () => {
  it('says everyone came once each attendance is noted, instead of asking for it again', () => {
    expect(noRecipientsHint(meeting(['present', 'present', 'represente']))).toBe(
      'Tous les invités étaient présents ou représentés\u00a0: le compte rendu n’est à envoyer à aucun absent.',
    );
  });

  it('asks for the attendance still to note, and counts it', () => {
    expect(noRecipientsHint(meeting([null, null]))).toBe(
      'Aucune présence n’est notée\u00a0: indiquez la présence de chacun pour savoir à qui envoyer le compte rendu.',
    );
    expect(noRecipientsHint(meeting(['present', null, null]))).toBe(
      'La présence de 2\u00a0invités n’est pas notée\u00a0: indiquez-la pour savoir à qui envoyer le compte rendu.',
    );
  });

  it('leaves the list of absents to the panel when there are some', () => {
    expect(noRecipientsHint(meeting(['present', 'absent'], ['Mairie de Civray']))).toBeNull();
  });

  it('says so when nobody is invited', () => {
    expect(noRecipientsHint(meeting([]))).toContain('Personne n’est invité');
  });
});
