import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, type CalendarEvent } from '../../shared/meetings/icsCalendar';
import { escapeText, foldLine } from '../../shared/meetings/icsLines';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('RFC 5545 lines', () => {
  it('folds at 75 octets without cutting a character, continuations starting with a space', () => {
    const long = `DESCRIPTION:${'Réunion « plénière » — ordre du jour détaillé, éléments à préparer. '.repeat(6)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.some((line) => octets(line) === 75 || octets(line) === 74)).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves a line of 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}y`).split('\r\n')).toEqual([line, ' y']);
  });

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('Salle 1, mairie; 2e étage\\bureau\nOrdre du jour')).toBe(
      'Salle 1\\, mairie\\; 2e étage\\\\bureau\\nOrdre du jour',
    );
  });
});

const series: CalendarEvent = {
  uid: '6c1d0d5e-serie@maillage',
  sequence: 2,
  start: '2027-01-07T14:00',
  end: '2027-01-07T16:00',
  summary: 'Réunion plénière — Comité de pilotage, inclusion numérique',
  location: 'Médiathèque (Mairie de Civray), 12 rue de la Gare, 86400 Civray',
  description: 'Comité de pilotage\n\nRéunion régulière : le premier jeudi de chaque mois à 14 h.',
  rrule: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=12',
  exdates: ['2027-02-04T14:00'],
};
const moved: CalendarEvent = {
  uid: series.uid,
  sequence: 3,
  start: '2027-03-11T09:30',
  end: '2027-03-11T11:30',
  summary: series.summary,
  location: 'Salle des fêtes; Savigné',
  description: 'Ordre du jour :\n1. Bilan des ateliers\n2. Fiche action 1.2, suite',
  recurrenceId: '2027-03-04T14:00',
};

describe('the calendar file', () => {
  const text = calendarText([series, moved], {
    name: 'Comité de pilotage',
    stampedAt: '2026-12-05T08:41:00Z',
  });

  it('is CRLF-ended lines of at most 75 octets, with the Paris VTIMEZONE', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270107T140000\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Paris:20270204T140000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20270304T140000\r\n');
  });

  it('parses back with Thunderbird’s parser (ical.js) into the same events, at the right instants', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [master, exception] = events as [ICAL.Event, ICAL.Event];
    expect(master.uid).toBe(series.uid);
    expect(master.summary).toBe(series.summary);
    expect(master.location).toBe(series.location);
    expect(master.description).toBe(series.description);
    expect(master.startDate.toJSDate().toISOString()).toBe('2027-01-07T13:00:00.000Z');
    expect(exception.uid).toBe(series.uid);
    expect(exception.recurrenceId.toString()).toBe('2027-03-04T14:00:00');
    expect(exception.location).toBe('Salle des fêtes; Savigné');
    expect(exception.description).toBe(moved.description);
    // Summer-time date of the series: 14 h in Paris is 12:00 UTC.
    master.relateException(exception);
    const iterator = master.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 12; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      starts.push(details.startDate.toJSDate().toISOString());
    }
    // COUNT=12 counts the cancelled date too (RFC 5545: EXDATE is taken out of the set).
    expect(starts).toHaveLength(11);
    expect(starts).not.toContain('2027-02-04T13:00:00.000Z');
    expect(starts[0]).toBe('2027-01-07T13:00:00.000Z');
    expect(starts).toContain('2027-03-11T08:30:00.000Z'); // the moved date, 9 h 30 in winter
    expect(starts).toContain('2027-04-01T12:00:00.000Z'); // 14 h in summer
    const exdates = master.component.getAllProperties('exdate').map((p) => String(p.getFirstValue()));
    expect(exdates).toEqual(['2027-02-04T14:00:00']);
  });
});
