import { MEETING_TIME_ZONE } from './meetingsVocabulary';

/**
 * Paris wall-clock time (« 2027-03-25T14:00 », what the user typed and what the meeting's guests read) and the
 * instant it is (UTC). Meetings are stored and expanded in wall-clock time, so a 14 h meeting stays at 14 h
 * across the changes to and from summer time; the instant is asked of the time zone database (Intl), which
 * knows when France changes its clocks.
 */

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: MEETING_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock fields of an instant in Paris, as a UTC timestamp (the « floating » time). */
function floatingOf(instant: number): number {
  const parts = Object.fromEntries(wallFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** « 2027-03-25T14:00 » → the timestamp that reads those fields in UTC (the floating form rrule expands). */
export function floatingOfWall(wall: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!match) throw new Error(`Heure locale illisible\u00a0: ${wall}`);
  const [, y, mo, d, h, mi, s] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
}

/** The floating timestamp back to « 2027-03-25T14:00 ». */
export function wallOfFloating(floating: number): string {
  return new Date(floating).toISOString().slice(0, 16);
}

/**
 * The instant (ISO, UTC) of a Paris wall-clock time. Paris is one or two hours ahead of UTC: the offset is
 * read at the first guess, then checked once more (the guess may fall on the other side of a change). A time
 * that does not exist (2 h 30 on the last Sunday of March) is taken an hour later, as clocks do.
 */
export function instantOfParisWall(wall: string): string {
  const floating = floatingOfWall(wall);
  let instant = floating - (floatingOf(floating) - floating);
  instant = floating - (floatingOf(instant) - instant);
  return new Date(instant).toISOString();
}

/** The Paris wall-clock time of an instant: « 2027-03-25T14:00 ». */
export function parisWallOfInstant(iso: string): string {
  return wallOfFloating(floatingOf(Date.parse(iso)));
}

/** `2027-03-25T14:00` plus minutes, in wall-clock time (a 2-hour meeting ends at 16 h, whatever the day). */
export function addMinutesToWall(wall: string, minutes: number): string {
  return wallOfFloating(floatingOfWall(wall) + minutes * 60_000);
}
