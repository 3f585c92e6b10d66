import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, type CalendarEvent } from '../../shared/meetings/icsCalendar';
import { mergeCalendars } from '../../electron/backend/sharing/mergeCalendars';
import { yearBefore } from '../../electron/backend/sharing/kitMeetings';
import { readmeText } from '../../electron/backend/sharing/kitReadme';
import { kitFileName } from '../../electron/backend/sharing/buildKit';

/** The pieces of the « Kit de partage »: one calendar per body from several, the twelve months, the Lisez-moi. */

const event = (uid: string, start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid,
  sequence: 0,
  start,
  end: start.replace('T14:00', 'T16:00'),
  summary: `Réunion ${uid} — un résumé assez long pour que la ligne soit pliée à soixante-quinze octets`,
  location: null,
  description: null,
  ...extra,
});

describe('mergeCalendars', () => {
  it('gives one VCALENDAR with one VTIMEZONE and every event of each, folded lines kept', () => {
    const stamp = { name: 'Comité de pilotage', stampedAt: '2026-12-05T10:00:00Z' };
    const series = calendarText(
      [event('serie', '2027-01-07T14:00', { rrule: 'FREQ=MONTHLY;BYDAY=1TH' })],
      stamp,
    );
    const single = calendarText([event('visite', '2027-02-10T14:00')], stamp);
    const merged = mergeCalendars([series, single]);
    expect(merged.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(merged.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(merged.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const parsed = new ICAL.Component(ICAL.parse(merged));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['serie', 'visite']);
    expect(events[0]!.isRecurring()).toBe(true);
    expect(events[1]!.summary).toBe(
      'Réunion visite — un résumé assez long pour que la ligne soit pliée à soixante-quinze octets',
    );
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('Comité de pilotage');
  });

  it('gives a single calendar back as it is, and refuses none', () => {
    const one = calendarText([event('a', '2027-01-07T14:00')], {
      name: 'A',
      stampedAt: '2026-12-05T10:00:00Z',
    });
    expect(mergeCalendars([one])).toBe(one);
    expect(() => mergeCalendars([])).toThrow();
  });
});

describe('the kit’s twelve months, name and Lisez-moi', () => {
  it('goes back one year to the day, 29 February to the 28th', () => {
    expect(yearBefore('2026-12-05')).toBe('2025-12-05');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
    expect(yearBefore('2026-01-01')).toBe('2025-01-01');
  });

  it('names the zip with the date and the territory, without characters Windows refuses', () => {
    expect(kitFileName('2026-12-05', 'CC du Civraisien en Poitou')).toBe(
      'Kit de partage au 5 décembre 2026 – CC du Civraisien en Poitou.zip',
    );
    expect(kitFileName('2026-03-01', 'CA Grand/Sud: « test »')).toBe(
      'Kit de partage au 1er mars 2026 – CA Grand Sud « test ».zip',
    );
  });

  it('writes the Lisez-moi in UTF-8 with a BOM and CRLF, each file, and what is missing', () => {
    const text = readmeText({
      territoryName: 'CC du Civraisien en Poitou',
      date: '5 décembre 2026',
      author: 'Claire Dumont, chargée de mission',
      entries: [{ path: 'Annuaire/Annuaire.docx', what: 'L’annuaire des acteurs.' }],
      missing: ['La feuille de route\u00a0: elle n’est pas encore rédigée.'],
    });
    expect(text.startsWith('\ufeffKit de partage – CC du Civraisien en Poitou\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('Établi le 5 décembre 2026 par Claire Dumont, chargée de mission, avec Maillage.');
    expect(text).toContain('– Annuaire/Annuaire.docx\r\n    L’annuaire des acteurs.');
    expect(text).toContain(
      'Ne figurent pas dans ce kit\u00a0:\r\n– La feuille de route\u00a0: elle n’est pas encore rédigée.',
    );
    expect(text).not.toMatch(/ [:;]/); // French typography: no plain space before a colon
  });
});
