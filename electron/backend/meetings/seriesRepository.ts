import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { seriesSaveInput } from '../../../shared/meetings/meetingsSchemas';
import { isOccurrenceDay } from './expandSeries';
import { inTransaction } from '../actors/writeActor';
import { seriesNotFound } from './meetingNotFound';
import { requireInstance } from '../governance/requireInstance';
import { placeColumnsOf } from './placeOfInput';
import { seriesRuleOf, storedRrule } from './seriesRule';

/** Recurring series: created, changed (their opened dates follow or leave), deleted (their past stays). */

type SeriesValues = z.output<typeof seriesSaveInput>;

export const newUid = () => `${randomUUID()}@maillage`;

/** Creates (no id) or updates a series; answers its id. */
export async function saveSeries(
  db: Kysely<DB>,
  values: SeriesValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await requireInstance(trx, values.instanceId);
    const columns = {
      title: values.title,
      kind: values.kind,
      rrule: storedRrule(values.pattern, values.end),
      startsOn: values.startsOn,
      startTime: values.time,
      durationMinutes: values.durationMinutes,
      ...(await placeColumnsOf(trx, values.place)),
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
    const before = await trx
      .selectFrom('meetingSeries')
      .selectAll()
      .where('id', '=', values.id)
      .where('instanceId', '=', values.instanceId)
      .executeTakeFirst();
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
      await trx
        .updateTable('meeting')
        .set((eb) => ({
          seriesId: null,
          occurrenceOn: null,
          uid: newUid(),
          updatedAt: now,
          revision: eb('revision', '+', 1),
        }))
        .where('id', '=', row.id)
        .execute();
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
 * Deletes a series and its coming dates; the dates already past that were opened stay, as single meetings
 * (what was said there is kept). Answers the body's id.
 */
export async function deleteSeries(
  db: Kysely<DB>,
  id: number,
  options: { today: string; now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const series = await trx
      .selectFrom('meetingSeries')
      .select(['id', 'instanceId'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!series) throw seriesNotFound();
    const past = await trx
      .selectFrom('meeting')
      .select('id')
      .where('seriesId', '=', id)
      .where('startsAt', '<', options.today)
      .execute();
    for (const row of past)
      await trx
        .updateTable('meeting')
        .set({ seriesId: null, occurrenceOn: null, uid: newUid(), updatedAt: options.now })
        .where('id', '=', row.id)
        .execute();
    await trx.deleteFrom('meetingSeries').where('id', '=', id).execute();
    return series.instanceId;
  });
}
