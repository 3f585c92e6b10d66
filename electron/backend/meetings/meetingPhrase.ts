import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';

/** « Réunion « Point d’étape » » for a titled meeting, « Réunion plénière », « Atelier »… for one without. */
export const meetingPhrase = (meeting: Pick<MeetingDto, 'title' | 'kind'>): string =>
  meeting.title ? `Réunion « ${meeting.title} »` : MEETING_KIND_LABELS[meeting.kind];
