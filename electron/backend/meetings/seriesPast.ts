import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import { occurrencesBetween } from './expandSeries';
import { seriesRuleOf, type SeriesRow } from './seriesRule';
import { newUid } from './seriesUid';

/**
 * The dates of a series already past, kept as they were held when the series changes or is deleted: each
 * becomes a single meeting, at the series' former time, place and title, so that a bilan, a compte rendu or the
 * « réunions tenues » of a past year never follow a rule decided later. Dates opened before keep what was
 * written in them; dates never opened are written now, without guests (nobody was recorded there).
 */

/** The day before an ISO date. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The past dates of the series under its stored rule (before `today`), kept as single meetings, and its opened
 * dates held before today (a date moved earlier included); answers how many dates the rule gave before today.
 */
export async function keepSeriesPast(
  trx: Transaction<DB>,
  series: SeriesRow,
  options: { today: string; now: string },
): Promise<number> {
  const openedPast = await trx
    .selectFrom('meeting')
    .select(['id', 'occurrenceOn'])
    .where('seriesId', '=', series.id)
    .where((eb) => eb.or([eb('occurrenceOn', '<', options.today), eb('startsAt', '<', options.today)]))
    .execute();
  const past =
    series.startsOn >= options.today
      ? []
      : occurrencesBetween(seriesRuleOf(series), series.startsOn, dayBefore(options.today), 5000);
  const opened = new Set(openedPast.map((row) => row.occurrenceOn));
  const unopened = past.filter((occurrence) => !opened.has(occurrence.on));
  // A few hundred rows per statement, within SQLite's limit on a statement's values.
  for (let start = 0; start < unopened.length; start += 500)
    await trx
      .insertInto('meeting')
      .values(
        unopened.slice(start, start + 500).map((occurrence) => ({
          ...meetingOfSeriesDate(series, occurrence.on, options.now),
          seriesId: null,
          occurrenceOn: null,
          uid: newUid(),
        })),
      )
      .execute();
  // Opened past dates leave the series as they are: their own time, place and what was said there.
  for (const row of openedPast) await detachFromSeries(trx, row.id, options.now);
  return past.length;
}

/** A date of a series as a meeting row: the series' body, title, kind, time, duration and place on that day. */
export function meetingOfSeriesDate(series: SeriesRow, on: string, now: string) {
  return {
    instanceId: series.instanceId,
    title: series.title,
    kind: series.kind,
    startsAt: `${on}T${series.startTime}`,
    durationMinutes: series.durationMinutes,
    placeId: series.placeId,
    placeLabel: series.placeLabel,
    placeAddress: series.placeAddress,
    createdAt: now,
    updatedAt: now,
  };
}

/** A date of a series made a single meeting: its own calendar UID, everything written in it kept. */
export async function detachFromSeries(trx: Transaction<DB>, meetingId: number, now: string): Promise<void> {
  await trx
    .updateTable('meeting')
    .set((eb) => ({
      seriesId: null,
      occurrenceOn: null,
      uid: newUid(),
      updatedAt: now,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', meetingId)
    .execute();
}

/**
 * What is left of a series' end once its past dates are kept apart: a count loses the dates already held; a
 * series with no date left to come is refused, in French, rather than emptied.
 */
export function endAfterPast<End extends { kind: string; count?: number; on?: string }>(
  end: End,
  pastCount: number,
  startsOn: string,
): End {
  if (end.kind === 'count') {
    const left = (end.count ?? 0) - pastCount;
    if (left <= 0) throw seriesOver();
    return { ...end, count: left };
  }
  if (end.kind === 'until' && end.on !== undefined && end.on < startsOn) throw seriesOver();
  return end;
}

const seriesOver = () =>
  new AppFailure(
    'invalid_input',
    'Toutes les dates de cette série sont déjà passées\u00a0: elles restent telles qu’elles ont eu lieu. Pour des dates à venir, créez une nouvelle série.',
  );
