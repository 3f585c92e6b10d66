import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';

/** « Réunion « Point d’étape » » for a titled meeting, « Réunion plénière », « Atelier »… for one without. */
export const meetingPhrase = (meeting: Pick<MeetingDto, 'title' | 'kind'>): string =>
  meeting.title ? `Réunion «\u00a0${meeting.title}\u00a0»` : MEETING_KIND_LABELS[meeting.kind];
