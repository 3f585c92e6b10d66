import * as rruleModule from 'rrule';
import { floatingOfWall, instantOfParisWall, wallOfFloating } from '../../../shared/meetings/parisTime';
import {
  ruleParts,
  type RecurrencePattern,
  type SeriesEnd,
} from '../../../shared/meetings/recurrencePattern';

/**
 * The dates of a series, expanded by rrule in wall-clock time: DTSTART and UNTIL are given as Paris wall times
 * read as UTC (the « floating » form), so rrule never meets a clock change; each occurrence's instant is then
 * asked of the time zone (`parisTime.ts`). A monthly 14 h meeting is at 13:00Z in winter and 12:00Z in summer.
 */

/**
 * rrule ships ES modules for bundlers (the built engine, vitest) and a UMD file for plain Node (tsx: benches,
 * scripts), whose names Node cannot see: its class is taken from whichever was loaded. The namespace is read as
 * a plain object, so that the bundler, which sees only the ES modules, does not warn of a `default` they lack.
 */
type RRuleClass = typeof rruleModule.RRule;
const loaded = { ...rruleModule } as { RRule?: RRuleClass; default?: { RRule: RRuleClass } };
const RRule = loaded.RRule ?? loaded.default!.RRule;

export interface SeriesRule {
  pattern: RecurrencePattern;
  /** First day of the series (YYYY-MM-DD); the first meeting is the first matching day on or after it. */
  startsOn: string;
  /** « 14:00 » */
  time: string;
  end: SeriesEnd;
}

export interface Occurrence {
  /** The day the rule gives (YYYY-MM-DD): the occurrence's identity (RECURRENCE-ID), even when moved. */
  on: string;
  /** Paris wall-clock start, « 2027-01-07T14:00 ». */
  wall: string;
  /** The instant, ISO UTC. */
  utc: string;
}

function ruleOf(series: SeriesRule): InstanceType<typeof RRule> {
  const options = RRule.parseString(ruleParts(series.pattern).join(';'));
  return new RRule({
    ...options,
    dtstart: new Date(floatingOfWall(`${series.startsOn}T${series.time}`)),
    count: series.end.kind === 'count' ? series.end.count : null,
    until: series.end.kind === 'until' ? new Date(floatingOfWall(`${series.end.on}T23:59:59`)) : null,
  });
}

const occurrenceOf = (date: Date): Occurrence => {
  const wall = wallOfFloating(date.getTime());
  return { on: wall.slice(0, 10), wall, utc: instantOfParisWall(wall) };
};

/** The occurrences whose day is between `from` and `to` (YYYY-MM-DD, both included), at most `limit`. */
export function occurrencesBetween(series: SeriesRule, from: string, to: string, limit = 500): Occurrence[] {
  return ruleOf(series)
    .between(new Date(floatingOfWall(`${from}T00:00`)), new Date(floatingOfWall(`${to}T23:59:59`)), true)
    .slice(0, limit)
    .map(occurrenceOf);
}

/** The first `count` occurrences of the series. */
export function firstOccurrences(series: SeriesRule, count: number): Occurrence[] {
  return ruleOf(series)
    .all((_date, index) => index < count)
    .map(occurrenceOf);
}

/** Whether the rule gives this day (an occurrence that may be opened, moved or cancelled). */
export function isOccurrenceDay(series: SeriesRule, on: string): boolean {
  return occurrencesBetween(series, on, on, 1).length === 1;
}

/** The last day of a series that ends (UNTIL or COUNT), or null for a series without end. */
export function lastOccurrenceDay(series: SeriesRule): string | null {
  if (series.end.kind === 'none') return null;
  const all = ruleOf(series).all((_d, index) => index < 5000);
  const last = all.at(-1);
  return last ? wallOfFloating(last.getTime()).slice(0, 10) : null;
}
