import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { seriesSaveInput } from '../../../shared/meetings/meetingsSchemas';
import { isOccurrenceDay } from './expandSeries';
import { inTransaction } from '../actors/writeActor';
import { seriesNotFound } from './meetingNotFound';
import { requireInstance } from '../governance/requireInstance';
import { placeColumnsOf, type PlaceColumns } from './placeOfInput';
import { seriesRuleOf, storedRrule } from './seriesRule';
import { newUid } from './seriesUid';
import { detachFromSeries, endAfterPast, keepSeriesPast } from './seriesPast';
import { patternOfRrule } from '../../../shared/meetings/recurrencePattern';

/**
 * Recurring series: created, changed from today on (their past dates stay as held, their opened dates to come
 * follow or leave), deleted (their past stays).
 */

type SeriesValues = z.output<typeof seriesSaveInput>;

/** Creates (no id) or updates a series; answers its id. */
export async function saveSeries(
  db: Kysely<DB>,
  values: SeriesValues,
  options: { today: string; now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await requireInstance(trx, values.instanceId);
    const before =
      values.id === undefined
        ? undefined
        : await trx
            .selectFrom('meetingSeries')
            .selectAll()
            .where('id', '=', values.id)
            .where('instanceId', '=', values.instanceId)
            .executeTakeFirst();
    if (values.id !== undefined && !before) throw seriesNotFound();
    // A change of the dates, time, place or kind of a series that has begun holds from today on: its past
    // dates are kept apart as they were held. A change of its end alone leaves its past as it is.
    const place = await placeColumnsOf(trx, values.place);
    const past =
      before && changesPast(before, values, place) ? await keepSeriesPast(trx, before, options) : 0;
    const startsOn = past > 0 && values.startsOn < options.today ? options.today : values.startsOn;
    const end = past > 0 ? endAfterPast(values.end, past, startsOn) : values.end;
    const columns = {
      title: values.title,
      kind: values.kind,
      rrule: storedRrule(values.pattern, end),
      startsOn,
      startTime: values.time,
      durationMinutes: values.durationMinutes,
      ...place,
      updatedAt: options.now,
    };
    if (values.id === undefined) {
      const created = await trx
        .insertInto('meetingSeries')
        .values({ ...columns, instanceId: values.instanceId, uid: newUid(), createdAt: options.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return created.id;
    }
    if (!before) throw seriesNotFound();
    await trx
      .updateTable('meetingSeries')
      .set((eb) => ({ ...columns, revision: eb('revision', '+', 1) }))
      .where('id', '=', values.id)
      .execute();
    await followSeries(trx, before, { ...before, ...columns }, options.now);
    return values.id;
  });
}

/** Whether saving `values` changes what the series' dates already past were: anything but its end. */
function changesPast(before: SeriesRow, values: SeriesValues, place: PlaceColumns): boolean {
  const stored = patternOfRrule(before.rrule)?.pattern;
  return (
    JSON.stringify(stored) !== JSON.stringify(values.pattern) ||
    before.startsOn !== values.startsOn ||
    before.startTime !== values.time ||
    before.durationMinutes !== values.durationMinutes ||
    before.kind !== values.kind ||
    before.title !== values.title ||
    before.placeId !== place.placeId ||
    // A place of the directory is the same place, even renamed there since.
    (place.placeId === null &&
      (before.placeLabel !== place.placeLabel || before.placeAddress !== place.placeAddress))
  );
}

type SeriesRow = {
  id: number;
  rrule: string;
  startsOn: string;
  startTime: string;
  durationMinutes: number;
  kind: string;
  title: string | null;
  placeId: number | null;
  placeLabel: string | null;
  placeAddress: string | null;
};

/**
 * The opened dates of a changed series: a date the new rule no longer gives becomes a single meeting (its
 * agenda kept, its own calendar UID); a date that kept the series' time, duration or place follows the new ones.
 */
async function followSeries(
  trx: Transaction<DB>,
  before: SeriesRow,
  after: SeriesRow,
  now: string,
): Promise<void> {
  const rule = seriesRuleOf(after);
  const rows = await trx.selectFrom('meeting').selectAll().where('seriesId', '=', before.id).execute();
  for (const row of rows) {
    const on = row.occurrenceOn!;
    if (!isOccurrenceDay(rule, on)) {
      await detachFromSeries(trx, row.id, now);
      continue;
    }
    const keptTime = row.startsAt === `${on}T${before.startTime}`;
    const keptPlace = row.placeLabel === before.placeLabel && row.placeAddress === before.placeAddress;
    await trx
      .updateTable('meeting')
      .set((eb) => ({
        startsAt: keptTime ? `${on}T${after.startTime}` : row.startsAt,
        durationMinutes:
          row.durationMinutes === before.durationMinutes ? after.durationMinutes : row.durationMinutes,
        kind: row.kind === before.kind ? (after.kind as typeof row.kind) : row.kind,
        title: row.title === before.title ? after.title : row.title,
        ...(keptPlace
          ? { placeId: after.placeId, placeLabel: after.placeLabel, placeAddress: after.placeAddress }
          : {}),
        updatedAt: now,
        revision: eb('revision', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
  }
}

/**
 * Deletes a series and its coming dates; its dates already past stay, as single meetings (`keepSeriesPast`:
 * what was said there is kept, and the past year's meetings still count). Answers the body's id.
 */
export async function deleteSeries(
  db: Kysely<DB>,
  id: number,
  options: { today: string; now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const series = await trx.selectFrom('meetingSeries').selectAll().where('id', '=', id).executeTakeFirst();
    if (!series) throw seriesNotFound();
    await keepSeriesPast(trx, series, options);
    await trx.deleteFrom('meetingSeries').where('id', '=', id).execute();
    return series.instanceId;
  });
}
