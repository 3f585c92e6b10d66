import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/meetings/meetingsVocabulary';
import { quoted } from '../../../shared/format/french';

/** « Réunion « Point d’étape » » for a titled meeting, « Réunion plénière », « Atelier »… for one without. */
export const meetingPhrase = (meeting: Pick<MeetingDto, 'title' | 'kind'>): string =>
  meeting.title ? `Réunion ${quoted(meeting.title)}` : MEETING_KIND_LABELS[meeting.kind];

const INVITED_TO: Record<MeetingKind, string> = {
  pleniere: 'à la réunion plénière',
  groupe_travail: 'au groupe de travail',
  temps_convivial: 'au temps convivial',
  atelier: 'à l’atelier',
  cafe_debat: 'au café-débat',
  visite_apprenante: 'à la visite apprenante',
};

/** « à la réunion « Point d’étape » », or by its kind: « à la réunion plénière », « à l’atelier »… */
export const invitedToPhrase = (meeting: Pick<MeetingDto, 'title' | 'kind'>): string =>
  meeting.title ? `à la réunion ${quoted(meeting.title)}` : INVITED_TO[meeting.kind];
