import { contentLine, escapeText, icsLocal, icsText, icsUtc } from './icsLines';
import { MEETING_TIME_ZONE } from './meetingsVocabulary';

/**
 * A calendar file (.ics) from plain events: one VEVENT per single meeting, one with RRULE (and EXDATE for the
 * cancelled dates) per series, plus one VEVENT with the series' UID and a RECURRENCE-ID for each date that was
 * moved or given its own agenda. Times are Paris wall-clock times with TZID=Europe/Paris, and the VTIMEZONE is
 * in the file, so that Outlook and Thunderbird place the meeting at 14 h whatever the computer's zone. The UIDs
 * are stored with the meetings: importing the file again updates the events instead of adding copies, and
 * SEQUENCE (the meeting's revision) tells which version is newer.
 */

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** Paris wall-clock times, « 2027-01-07T14:00 ». */
  start: string;
  end: string;
  summary: string;
  location: string | null;
  description: string | null;
  /** The RRULE value, for a series. */
  rrule?: string | null;
  /** Cancelled dates of the series (their original wall-clock start). */
  exdates?: string[];
  /** For a date of a series given its own time, place or agenda: the original wall-clock start. */
  recurrenceId?: string | null;
  cancelled?: boolean;
}

/** Europe/Paris since 1996 (EU rule: last Sunday of March and of October at 01:00 UTC). */
const VTIMEZONE_PARIS = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const TZ = { TZID: MEETING_TIME_ZONE };

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    contentLine('DTSTAMP', stamp),
    contentLine('SEQUENCE', String(event.sequence)),
    ...(event.recurrenceId ? [contentLine('RECURRENCE-ID', icsLocal(event.recurrenceId), TZ)] : []),
    contentLine('DTSTART', icsLocal(event.start), TZ),
    contentLine('DTEND', icsLocal(event.end), TZ),
    ...(event.rrule ? [contentLine('RRULE', event.rrule)] : []),
    ...(event.exdates ?? []).map((wall) => contentLine('EXDATE', icsLocal(wall), TZ)),
    contentLine('SUMMARY', escapeText(event.summary)),
    ...(event.location ? [contentLine('LOCATION', escapeText(event.location))] : []),
    ...(event.description ? [contentLine('DESCRIPTION', escapeText(event.description))] : []),
    contentLine('STATUS', event.cancelled ? 'CANCELLED' : 'CONFIRMED'),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR text, CRLF-ended lines folded at 75 octets. `stampedAt`: the export's instant (ISO). */
export function calendarText(events: CalendarEvent[], options: { name: string; stampedAt: string }): string {
  const stamp = icsUtc(options.stampedAt);
  return icsText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Maillage//Réunions de coordination//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(options.name)),
    `X-WR-TIMEZONE:${MEETING_TIME_ZONE}`,
    ...VTIMEZONE_PARIS,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]);
}
