import type { SeriesDto } from '../../../shared/meetings/meetingsDto';
import type { SeriesRule } from './expandSeries';
import { instantOfParisWall, parisWallOfInstant } from '../../../shared/meetings/parisTime';
import { icsUtc } from '../../../shared/meetings/icsLines';
import {
  patternOfRrule,
  rruleOf,
  type RecurrencePattern,
  type SeriesEnd,
} from '../../../shared/meetings/recurrencePattern';
import { seriesSentence } from '../../../shared/meetings/recurrenceSentence';
import type { MeetingSeriesTable } from './meetingTables';
import type { Selectable } from 'kysely';

/** A series' stored rule (RRULE text, first day, time) to and from what the screen and the expansion use. */

export type SeriesRow = Selectable<MeetingSeriesTable>;

/** The RRULE to store: UNTIL is the end day's last second in Paris, written in UTC as RFC 5545 asks with a TZID. */
export function storedRrule(pattern: RecurrencePattern, end: SeriesEnd): string {
  const until = end.kind === 'until' ? icsUtc(instantOfParisWall(`${end.on}T23:59:59`)) : null;
  return rruleOf(pattern, end, until);
}

/** « 20271231T225959Z » → « 2027-12-31 » (the Paris day of that instant). */
function parisDayOfUtc(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match;
  if (!value.endsWith('Z')) return `${y}-${mo}-${d}`;
  return parisWallOfInstant(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`).slice(0, 10);
}

export function seriesRuleOf(row: Pick<SeriesRow, 'rrule' | 'startsOn' | 'startTime'>): SeriesRule {
  const read = patternOfRrule(row.rrule);
  if (!read) throw new Error(`Règle de récurrence illisible\u00a0: ${row.rrule}`);
  const end: SeriesEnd =
    read.end.kind === 'until' ? { kind: 'until', on: parisDayOfUtc(read.end.until) } : read.end;
  return { pattern: read.pattern, startsOn: row.startsOn, time: row.startTime, end };
}

export function seriesDtoOf(row: SeriesRow, exceptions: { cancelled: number; moved: number }): SeriesDto {
  const rule = seriesRuleOf(row);
  return {
    id: row.id,
    instanceId: row.instanceId,
    title: row.title,
    kind: row.kind,
    pattern: rule.pattern,
    startsOn: row.startsOn,
    time: row.startTime,
    durationMinutes: row.durationMinutes,
    end: rule.end,
    rrule: row.rrule,
    sentence: seriesSentence(rule),
    place:
      row.placeLabel === null
        ? null
        : { placeId: row.placeId, label: row.placeLabel, address: row.placeAddress },
    cancelledCount: exceptions.cancelled,
    movedCount: exceptions.moved,
  };
}
