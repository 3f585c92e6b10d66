import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { CalendarFileDto, MeetingDto } from '../../../shared/meetings/meetingsDto';
import { calendarText, type CalendarEvent } from '../../../shared/meetings/icsCalendar';
import { addMinutesToWall } from '../../../shared/meetings/parisTime';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';
import { formatMeetingDay } from '../../../shared/meetings/meetingTimes';
import { documentFileName } from '../documents/fileName';
import { readMeeting } from './readMeeting';
import { seriesNotFound } from './meetingNotFound';
import { seriesRuleOf } from './seriesRule';
import { seriesSentence } from '../../../shared/meetings/recurrenceSentence';

/** The .ics of one meeting or of a whole series (its exceptions included), French text, Paris time. */

const location = (place: MeetingDto['place']) =>
  place ? [place.label, place.address].filter(Boolean).join(', ') : null;

/** The description: the body, the ordre du jour numbered, then a line on the series. */
function description(meeting: MeetingDto): string {
  const lines = [`${meeting.instanceName}`];
  if (meeting.agenda.length > 0) {
    lines.push('', 'Ordre du jour\u00a0:');
    meeting.agenda.forEach((item, index) => lines.push(`${index + 1}. ${item.title}`));
  }
  if (meeting.seriesSentence)
    lines.push(
      '',
      `Réunion régulière\u00a0: ${meeting.seriesSentence.charAt(0).toLowerCase()}${meeting.seriesSentence.slice(1)}.`,
    );
  return lines.join('\n');
}

const summaryOf = (meeting: MeetingDto) => `${meeting.displayTitle} — ${meeting.instanceName}`;

function meetingEvent(meeting: MeetingDto, uid: string, recurrenceStart: string | null): CalendarEvent {
  return {
    uid,
    sequence: meeting.revision,
    start: meeting.startsAt,
    end: addMinutesToWall(meeting.startsAt, meeting.durationMinutes),
    summary: summaryOf(meeting),
    location: location(meeting.place),
    description: description(meeting),
    recurrenceId: recurrenceStart,
    cancelled: meeting.status === 'annulee',
  };
}

const safeName = (text: string) => documentFileName(text, '').replace(/ – \.docx$/, '');

/** One meeting alone. A date of a series is written with the series' UID and its RECURRENCE-ID. */
export async function meetingCalendar(
  db: Kysely<DB>,
  id: number,
  stampedAt: string,
): Promise<CalendarFileDto> {
  const meeting = await readMeeting(db, id);
  const uid = await db.selectFrom('meeting').select('uid').where('id', '=', id).executeTakeFirstOrThrow();
  let recurrenceStart: string | null = null;
  if (meeting.seriesId !== null) {
    const series = await db
      .selectFrom('meetingSeries')
      .select('startTime')
      .where('id', '=', meeting.seriesId)
      .executeTakeFirst();
    recurrenceStart = series ? `${meeting.occurrenceOn}T${series.startTime}` : null;
  }
  const event = meetingEvent(meeting, uid.uid, recurrenceStart);
  return {
    fileName: `${safeName(`${meeting.displayTitle} – ${formatMeetingDay(meeting.startsAt)} – ${meeting.instanceName}`)}.ics`,
    mimeType: 'text/calendar',
    content: calendarText([event], { name: meeting.instanceName, stampedAt }),
  };
}

/**
 * The whole series: one VEVENT with the RRULE, an EXDATE per cancelled date, and one VEVENT per opened date
 * (moved or with its agenda) with the series' UID and RECURRENCE-ID.
 */
export async function seriesCalendar(
  db: Kysely<DB>,
  id: number,
  stampedAt: string,
): Promise<CalendarFileDto> {
  const series = await db
    .selectFrom('meetingSeries as s')
    .innerJoin('instance as i', 'i.id', 's.instanceId')
    .selectAll('s')
    .select('i.name as instanceName')
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!series) throw seriesNotFound();
  const rows = await db
    .selectFrom('meeting')
    .select(['id', 'occurrenceOn', 'status'])
    .where('seriesId', '=', id)
    .orderBy('occurrenceOn')
    .execute();
  const original = (on: string) => `${on}T${series.startTime}`;
  const sentence = seriesSentence(seriesRuleOf(series));
  const title = series.title ?? MEETING_KIND_LABELS[series.kind];
  const first = `${series.startsOn}T${series.startTime}`;
  const master: CalendarEvent = {
    uid: series.uid,
    sequence: series.revision,
    start: first,
    end: addMinutesToWall(first, series.durationMinutes),
    summary: `${title} — ${series.instanceName}`,
    location: series.placeLabel ? [series.placeLabel, series.placeAddress].filter(Boolean).join(', ') : null,
    description: `${series.instanceName}\n\nRéunion régulière\u00a0: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}.`,
    rrule: series.rrule,
    exdates: rows.filter((r) => r.status === 'annulee').map((r) => original(r.occurrenceOn!)),
  };
  const overrides: CalendarEvent[] = [];
  for (const row of rows.filter((r) => r.status !== 'annulee')) {
    const meeting = await readMeeting(db, row.id);
    overrides.push(meetingEvent(meeting, series.uid, original(row.occurrenceOn!)));
  }
  return {
    fileName: `${safeName(`${title} – ${series.instanceName} – série`)}.ics`,
    mimeType: 'text/calendar',
    content: calendarText([master, ...overrides], { name: series.instanceName, stampedAt }),
  };
}
