/**
 * One body's calendar file from several (its series and its single meetings, each written by `calendarFile.ts`):
 * the head of the first (VCALENDAR properties, the body's name, the Paris VTIMEZONE), then every VEVENT of
 * each, then the end. Lines are kept as written (folded, CRLF), so that the events stay byte for byte those of
 * the body's own « Calendrier (.ics) » buttons, with the same UIDs: importing both never makes copies.
 */
export function mergeCalendars(texts: readonly string[]): string {
  if (texts.length === 0) throw new Error('aucun calendrier à réunir');
  if (texts.length === 1) return texts[0]!;
  const lines = texts.map((text) => text.split('\r\n'));
  const first = lines[0]!;
  const head = first.slice(0, first.indexOf('BEGIN:VEVENT'));
  const events = lines.flatMap((calendar) => {
    const start = calendar.indexOf('BEGIN:VEVENT');
    const end = calendar.lastIndexOf('END:VEVENT');
    return start < 0 || end < 0 ? [] : calendar.slice(start, end + 1);
  });
  return [...head, ...events, 'END:VCALENDAR', ''].join('\r\n');
}
