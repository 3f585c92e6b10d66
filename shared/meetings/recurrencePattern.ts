import { WEEKDAYS, type Weekday } from './meetingsVocabulary';

/**
 * The rhythms the « Réunions » screen offers, as plain data, and their RFC 5545 RRULE (the stored form):
 * - every week or every N weeks on one day (« tous les quinze jours le mardi »): FREQ=WEEKLY;INTERVAL=2;BYDAY=TU
 * - the nth (or last) weekday of every month, or every N months (« le premier jeudi de chaque mois »,
 *   « chaque trimestre, le deuxième lundi »): FREQ=MONTHLY;INTERVAL=3;BYDAY=2MO
 * - one day of the month (« le 15 de chaque mois »): FREQ=MONTHLY;BYMONTHDAY=15
 * A rule outside this subset is not read back (null): Maillage writes every rule it stores.
 */
export type RecurrencePattern =
  | { kind: 'weekly'; interval: number; weekday: Weekday }
  | { kind: 'monthlyWeekday'; interval: number; nth: MonthlyNth; weekday: Weekday }
  | { kind: 'monthlyDay'; interval: number; day: number };

/** 1 to 4: the first to the fourth such day of the month; -1: the last one. */
export const MONTHLY_NTHS = [1, 2, 3, 4, -1] as const;
export type MonthlyNth = (typeof MONTHLY_NTHS)[number];

/** How a series ends: never (until the user stops it), on a date (included), or after a number of meetings. */
export type SeriesEnd = { kind: 'none' } | { kind: 'until'; on: string } | { kind: 'count'; count: number };

/** The RRULE's own parts (without UNTIL/COUNT), in the order RFC 5545's examples write them. */
export function ruleParts(pattern: RecurrencePattern): string[] {
  const interval = pattern.interval > 1 ? [`INTERVAL=${pattern.interval}`] : [];
  switch (pattern.kind) {
    case 'weekly':
      return ['FREQ=WEEKLY', ...interval, `BYDAY=${pattern.weekday}`];
    case 'monthlyWeekday':
      return ['FREQ=MONTHLY', ...interval, `BYDAY=${pattern.nth}${pattern.weekday}`];
    case 'monthlyDay':
      return ['FREQ=MONTHLY', ...interval, `BYMONTHDAY=${pattern.day}`];
  }
}

/**
 * The RRULE value. `untilUtc` is the series' last instant as RFC 5545 wants it when DTSTART has a TZID (UTC,
 * « 20271231T225959Z »); the floating form (« 20271231T235959 », Paris wall time) is for expanding.
 */
export function rruleOf(pattern: RecurrencePattern, end: SeriesEnd, until: string | null): string {
  const parts = ruleParts(pattern);
  if (end.kind === 'count') parts.push(`COUNT=${end.count}`);
  if (end.kind === 'until' && until) parts.push(`UNTIL=${until}`);
  return parts.join(';');
}

const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

/** Reads back a rule Maillage wrote: the pattern and its end (UNTIL as written, date part only). */
export function patternOfRrule(rrule: string): {
  pattern: RecurrencePattern;
  end: { kind: 'none' } | { kind: 'count'; count: number } | { kind: 'until'; until: string };
} | null {
  const fields = new Map(
    rrule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const count = fields.get('COUNT');
  const until = fields.get('UNTIL');
  const end = count
    ? { kind: 'count' as const, count: Number(count) }
    : until
      ? { kind: 'until' as const, until }
      : { kind: 'none' as const };
  const byDay = fields.get('BYDAY');
  const byMonthDay = fields.get('BYMONTHDAY');
  switch (fields.get('FREQ')) {
    case 'WEEKLY':
      return byDay && isWeekday(byDay)
        ? { pattern: { kind: 'weekly', interval, weekday: byDay }, end }
        : null;
    case 'MONTHLY': {
      if (byMonthDay) {
        const day = Number(byMonthDay);
        return Number.isInteger(day) && day >= 1 && day <= 31
          ? { pattern: { kind: 'monthlyDay', interval, day }, end }
          : null;
      }
      const match = /^(-1|[1-4])([A-Z]{2})$/.exec(byDay ?? '');
      if (!match || !isWeekday(match[2]!)) return null;
      return {
        pattern: { kind: 'monthlyWeekday', interval, nth: Number(match[1]) as MonthlyNth, weekday: match[2] },
        end,
      };
    }
    default:
      return null;
  }
}
