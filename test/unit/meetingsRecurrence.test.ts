import { describe, expect, it } from 'vitest';
import {
  firstOccurrences,
  isOccurrenceDay,
  occurrencesBetween,
} from '../../electron/backend/meetings/expandSeries';
import { instantOfParisWall, parisWallOfInstant } from '../../shared/meetings/parisTime';
import { patternOfRrule, rruleOf, type RecurrencePattern } from '../../shared/meetings/recurrencePattern';
import { rhythmSentence, seriesSentence } from '../../shared/meetings/recurrenceSentence';
import { formatMeetingStart } from '../../shared/meetings/meetingTimes';
import { storedRrule } from '../../electron/backend/meetings/seriesRule';

const firstThursday: RecurrencePattern = { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('series expansion (RFC 5545 examples, Paris wall-clock time)', () => {
  it('monthly on the first Friday for 10 occurrences (RFC 5545 §3.8.5.3)', () => {
    const dates = firstOccurrences(
      {
        pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'FR' },
        startsOn: '1997-09-05',
        time: '09:00',
        end: { kind: 'count', count: 10 },
      },
      100,
    ).map((o) => o.on);
    expect(dates).toEqual([
      '1997-09-05',
      '1997-10-03',
      '1997-11-07',
      '1997-12-05',
      '1998-01-02',
      '1998-02-06',
      '1998-03-06',
      '1998-04-03',
      '1998-05-01',
      '1998-06-05',
    ]);
  });

  it('every other week on Tuesday (RFC 5545 §3.8.5.3, « every other week - forever »)', () => {
    const dates = firstOccurrences(
      {
        pattern: { kind: 'weekly', interval: 2, weekday: 'TU' },
        startsOn: '1997-09-02',
        time: '09:00',
        end: { kind: 'none' },
      },
      10,
    ).map((o) => o.on);
    expect(dates).toEqual([
      '1997-09-02',
      '1997-09-16',
      '1997-09-30',
      '1997-10-14',
      '1997-10-28',
      '1997-11-11',
      '1997-11-25',
      '1997-12-09',
      '1997-12-23',
      '1998-01-06',
    ]);
  });

  it('keeps a 14 h meeting at 14 h Paris time across the clock changes: the UTC instant moves', () => {
    const series = {
      pattern: firstThursday,
      startsOn: '2027-01-01',
      time: '14:00',
      end: { kind: 'none' as const },
    };
    const year = occurrencesBetween(series, '2027-01-01', '2027-12-31');
    expect(year.map((o) => o.wall)).toEqual([
      '2027-01-07T14:00',
      '2027-02-04T14:00',
      '2027-03-04T14:00',
      '2027-04-01T14:00',
      '2027-05-06T14:00',
      '2027-06-03T14:00',
      '2027-07-01T14:00',
      '2027-08-05T14:00',
      '2027-09-02T14:00',
      '2027-10-07T14:00',
      '2027-11-04T14:00',
      '2027-12-02T14:00',
    ]);
    // Summer time from Sunday 28 March 2027 to Sunday 31 October 2027.
    expect(year.map((o) => o.utc.slice(11, 16))).toEqual([
      '13:00',
      '13:00',
      '13:00',
      '12:00',
      '12:00',
      '12:00',
      '12:00',
      '12:00',
      '12:00',
      '12:00',
      '13:00',
      '13:00',
    ]);
  });

  it('crosses the last Sunday of March and of October week by week', () => {
    const mondays = occurrencesBetween(
      {
        pattern: { kind: 'weekly', interval: 1, weekday: 'MO' },
        startsOn: '2027-03-15',
        time: '14:00',
        end: { kind: 'none' },
      },
      '2027-03-22',
      '2027-03-29',
    );
    expect(mondays.map((o) => [o.wall, o.utc])).toEqual([
      ['2027-03-22T14:00', '2027-03-22T13:00:00.000Z'],
      ['2027-03-29T14:00', '2027-03-29T12:00:00.000Z'],
    ]);
    const saturdays = occurrencesBetween(
      {
        pattern: { kind: 'weekly', interval: 1, weekday: 'SA' },
        startsOn: '2027-10-01',
        time: '10:30',
        end: { kind: 'none' },
      },
      '2027-10-30',
      '2027-11-06',
    );
    expect(saturdays.map((o) => o.utc)).toEqual(['2027-10-30T08:30:00.000Z', '2027-11-06T09:30:00.000Z']);
  });

  it('converts Paris wall time both ways, also on the days of change', () => {
    expect(instantOfParisWall('2027-03-28T01:30')).toBe('2027-03-28T00:30:00.000Z');
    expect(instantOfParisWall('2027-03-28T03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(instantOfParisWall('2027-10-31T04:00')).toBe('2027-10-31T03:00:00.000Z');
    expect(parisWallOfInstant('2027-07-01T12:00:00Z')).toBe('2027-07-01T14:00');
  });

  it('ends on a date (included) or after a count', () => {
    const until = occurrencesBetween(
      {
        pattern: firstThursday,
        startsOn: '2027-01-01',
        time: '14:00',
        end: { kind: 'until', on: '2027-04-01' },
      },
      '2027-01-01',
      '2028-01-01',
    );
    expect(until.map((o) => o.on)).toEqual(['2027-01-07', '2027-02-04', '2027-03-04', '2027-04-01']);
    expect(
      firstOccurrences(
        { pattern: firstThursday, startsOn: '2027-01-01', time: '14:00', end: { kind: 'count', count: 3 } },
        50,
      ),
    ).toHaveLength(3);
  });

  it('gives each quarter its second Monday, and the last Friday of the month', () => {
    const quarterly = firstOccurrences(
      {
        pattern: { kind: 'monthlyWeekday', interval: 3, nth: 2, weekday: 'MO' },
        startsOn: '2027-01-01',
        time: '10:00',
        end: { kind: 'none' },
      },
      4,
    );
    expect(quarterly.map((o) => o.on)).toEqual(['2027-01-11', '2027-04-12', '2027-07-12', '2027-10-11']);
    const last = firstOccurrences(
      {
        pattern: { kind: 'monthlyWeekday', interval: 1, nth: -1, weekday: 'FR' },
        startsOn: '2027-01-01',
        time: '10:00',
        end: { kind: 'none' },
      },
      3,
    );
    expect(last.map((o) => o.on)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
  });

  it('tells a day of the series from another day (an exception must be a day of the rule)', () => {
    const series = {
      pattern: firstThursday,
      startsOn: '2027-01-01',
      time: '14:00',
      end: { kind: 'none' as const },
    };
    expect(isOccurrenceDay(series, '2027-02-04')).toBe(true);
    expect(isOccurrenceDay(series, '2027-02-11')).toBe(false);
  });
});

describe('the stored RRULE', () => {
  it('is written as RFC 5545 writes it and read back to the same pattern', () => {
    expect(rruleOf(firstThursday, { kind: 'none' }, null)).toBe('FREQ=MONTHLY;BYDAY=1TH');
    expect(rruleOf({ kind: 'weekly', interval: 2, weekday: 'TU' }, { kind: 'count', count: 12 }, null)).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12',
    );
    expect(rruleOf({ kind: 'monthlyDay', interval: 1, day: 15 }, { kind: 'none' }, null)).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=15',
    );
    expect(patternOfRrule('FREQ=MONTHLY;INTERVAL=3;BYDAY=2MO')).toEqual({
      pattern: { kind: 'monthlyWeekday', interval: 3, nth: 2, weekday: 'MO' },
      end: { kind: 'none' },
    });
    expect(patternOfRrule('FREQ=MONTHLY;BYDAY=-1FR;COUNT=4')?.pattern).toEqual({
      kind: 'monthlyWeekday',
      interval: 1,
      nth: -1,
      weekday: 'FR',
    });
    expect(patternOfRrule('FREQ=DAILY')).toBeNull();
  });

  it('writes UNTIL in UTC: the end day’s last second in Paris (winter and summer)', () => {
    expect(storedRrule(firstThursday, { kind: 'until', on: '2027-12-31' })).toBe(
      'FREQ=MONTHLY;BYDAY=1TH;UNTIL=20271231T225959Z',
    );
    expect(storedRrule(firstThursday, { kind: 'until', on: '2027-06-30' })).toBe(
      'FREQ=MONTHLY;BYDAY=1TH;UNTIL=20270630T215959Z',
    );
  });
});

describe('the series in French', () => {
  it('says the patterns the screen offers', () => {
    expect(plain(rhythmSentence(firstThursday, '14:00'))).toBe('le premier jeudi de chaque mois à 14 h');
    expect(plain(rhythmSentence({ kind: 'weekly', interval: 2, weekday: 'TU' }, '09:30'))).toBe(
      'tous les quinze jours le mardi à 9 h 30',
    );
    expect(
      plain(rhythmSentence({ kind: 'monthlyWeekday', interval: 3, nth: 2, weekday: 'MO' }, '10:00')),
    ).toBe('chaque trimestre, le deuxième lundi du mois à 10 h');
    expect(plain(rhythmSentence({ kind: 'weekly', interval: 1, weekday: 'WE' }, '18:00'))).toBe(
      'tous les mercredis à 18 h',
    );
    expect(
      plain(rhythmSentence({ kind: 'monthlyWeekday', interval: 1, nth: -1, weekday: 'FR' }, '12:15')),
    ).toBe('le dernier vendredi de chaque mois à 12 h 15');
    expect(plain(rhythmSentence({ kind: 'monthlyDay', interval: 1, day: 1 }, '08:00'))).toBe(
      'le 1er de chaque mois à 8 h',
    );
  });

  it('says from when and until when, with French dates and a capital', () => {
    expect(
      plain(
        seriesSentence({
          pattern: firstThursday,
          time: '14:00',
          startsOn: '2027-01-07',
          end: { kind: 'until', on: '2027-12-02' },
        }),
      ),
    ).toBe('Le premier jeudi de chaque mois à 14 h, à partir du 7 janvier 2027, jusqu’au 2 décembre 2027');
    expect(
      plain(
        seriesSentence({
          pattern: firstThursday,
          time: '14:00',
          startsOn: '2027-01-01',
          end: { kind: 'count', count: 10 },
        }),
      ),
    ).toBe('Le premier jeudi de chaque mois à 14 h, à partir du 1er janvier 2027, 10 réunions');
  });

  it('writes a meeting’s start as the convocation says it', () => {
    expect(plain(formatMeetingStart('2027-01-07T14:00'))).toBe('jeudi 7 janvier 2027 à 14 h');
    expect(plain(formatMeetingStart('2027-03-02T09:30'))).toBe('mardi 2 mars 2027 à 9 h 30');
  });
});
