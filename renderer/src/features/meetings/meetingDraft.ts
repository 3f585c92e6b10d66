import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { MeetingSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import type { MeetingKind } from '../../../../shared/meetings/meetingsVocabulary';
import { NO_PLACE, placeInputOf, type PlaceValue } from './seriesForm';

/** A meeting's fields as the editor holds them between two saves. */
export interface MeetingDraft {
  title: string;
  kind: MeetingKind;
  day: string;
  time: string;
  durationMinutes: number;
  place: PlaceValue;
}

export function draftOf(meeting: MeetingDto): MeetingDraft {
  return {
    title: meeting.title ?? '',
    kind: meeting.kind,
    day: meeting.startsAt.slice(0, 10),
    time: meeting.startsAt.slice(11, 16),
    durationMinutes: meeting.durationMinutes,
    place: meeting.place
      ? { placeId: meeting.place.placeId, label: meeting.place.label, address: meeting.place.address ?? '' }
      : NO_PLACE,
  };
}

/** The save request, or null while the draft cannot be saved (a date or a time being typed). */
export function saveInputOf(meeting: MeetingDto, draft: MeetingDraft): MeetingSaveInput | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.day) || !/^\d{2}:\d{2}$/.test(draft.time)) return null;
  return {
    id: meeting.id,
    instanceId: meeting.instanceId,
    title: draft.title || null,
    kind: draft.kind,
    startsAt: `${draft.day}T${draft.time}`,
    durationMinutes: draft.durationMinutes,
    place: placeInputOf(draft.place),
  };
}

const DAY_MS = 86_400_000;

/** A week after `today`, moved to the Monday after when that falls on a weekend (no body meets on a Sunday). */
function aWeekdayInAWeek(today: string): string {
  const inAWeek = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * DAY_MS);
  const weekday = inAWeek.getUTCDay();
  const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return new Date(inAWeek.getTime() + shift * DAY_MS).toISOString().slice(0, 10);
}

/** A new single meeting: in a week (a weekday), at 14 h, two hours, a plenary. */
export function newMeetingInput(instanceId: number, today: string): MeetingSaveInput {
  const inAWeek = aWeekdayInAWeek(today);
  return {
    instanceId,
    title: null,
    kind: 'pleniere',
    startsAt: `${inAWeek}T14:00`,
    durationMinutes: 120,
    place: null,
  };
}
