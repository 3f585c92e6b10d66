import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { attendanceSaveInput, itemRecordSaveInput } from '../../../shared/meetings/meetingsSchemas';
import { AppFailure } from '../../../shared/result';
import { inTransaction } from '../actors/writeActor';
import { agendaItemNotFound, meetingActionNotFound, meetingNotFound } from './meetingNotFound';

/**
 * What a held meeting records (migration 018): who came, what was said and decided on each item, and the
 * follow-up actions. Each write is one short transaction and bumps the meeting's revision like its other changes.
 */

const touch = (db: Kysely<DB>, id: number, now: string) =>
  db
    .updateTable('meeting')
    .set((eb) => ({ updatedAt: now, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();

/** The attendance of the invitees given; « représenté » keeps who stood in, the other statuses forget it. */
export async function saveAttendance(
  db: Kysely<DB>,
  values: z.output<typeof attendanceSaveInput>,
  now: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await touch(trx, values.meetingId, now)).numUpdatedRows === 0n) throw meetingNotFound();
    for (const entry of values.entries) {
      const updated = await trx
        .updateTable('meetingInvitee')
        .set({
          attendance: entry.attendance,
          representedBy: entry.attendance === 'represente' ? entry.representedBy : null,
        })
        .where('id', '=', entry.inviteeId)
        .where('meetingId', '=', values.meetingId)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n)
        throw new AppFailure('not_found', 'Un invité n’est plus dans la liste\u00a0: rechargez la page.');
    }
  });
}

/** The notes and decisions of one agenda item, replaced as a whole; answers the item's meeting. */
export async function saveItemRecord(
  db: Kysely<DB>,
  values: z.output<typeof itemRecordSaveInput>,
  now: string,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const item = await trx
      .selectFrom('meetingAgendaItem')
      .select('meetingId')
      .where('id', '=', values.itemId)
      .executeTakeFirst();
    if (!item) throw agendaItemNotFound();
    await touch(trx, item.meetingId, now);
    await trx
      .updateTable('meetingAgendaItem')
      .set({ notes: values.notes })
      .where('id', '=', values.itemId)
      .execute();
    await trx.deleteFrom('meetingDecision').where('agendaItemId', '=', values.itemId).execute();
    if (values.decisions.length > 0)
      await trx
        .insertInto('meetingDecision')
        .values(values.decisions.map((text, position) => ({ agendaItemId: values.itemId, position, text })))
        .execute();
    return item.meetingId;
  });
}

export interface MeetingActionValues {
  id?: number;
  meetingId: number;
  what: string;
  who: string | null;
  dueOn: string | null;
  done: boolean;
  roadmapActionId: number | null;
}

/** Checks that the meeting is there before anything else is written (the feuille de route, first). */
export async function assertMeeting(db: Kysely<DB>, meetingId: number): Promise<void> {
  const found = await db.selectFrom('meeting').select('id').where('id', '=', meetingId).executeTakeFirst();
  if (!found) throw meetingNotFound();
}

/** Creates (last of the list) or changes a follow-up action; done keeps the day it was first closed. */
export async function saveMeetingAction(
  db: Kysely<DB>,
  values: MeetingActionValues,
  options: { now: string; today: string },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await touch(trx, values.meetingId, options.now)).numUpdatedRows === 0n) throw meetingNotFound();
    if (values.roadmapActionId !== null) {
      const fiche = await trx
        .selectFrom('roadmapAction')
        .select('id')
        .where('id', '=', values.roadmapActionId)
        .executeTakeFirst();
      if (!fiche)
        throw new AppFailure('invalid_input', 'Cette fiche action n’est plus dans la feuille de route.');
    }
    const columns = {
      what: values.what,
      who: values.who,
      dueOn: values.dueOn,
      roadmapActionId: values.roadmapActionId,
      updatedAt: options.now,
    };
    if (values.id === undefined) {
      const last = await trx
        .selectFrom('meetingAction')
        .select((eb) => eb.fn.max<number | null>('position').as('last'))
        .where('meetingId', '=', values.meetingId)
        .executeTakeFirst();
      await trx
        .insertInto('meetingAction')
        .values({
          ...columns,
          meetingId: values.meetingId,
          position: (last?.last ?? -1) + 1,
          doneOn: values.done ? options.today : null,
          createdAt: options.now,
        })
        .execute();
      return;
    }
    const before = await trx
      .selectFrom('meetingAction')
      .select('doneOn')
      .where('id', '=', values.id)
      .where('meetingId', '=', values.meetingId)
      .executeTakeFirst();
    if (!before) throw meetingActionNotFound();
    await trx
      .updateTable('meetingAction')
      .set({ ...columns, doneOn: values.done ? (before.doneOn ?? options.today) : null })
      .where('id', '=', values.id)
      .execute();
  });
}

/** Deletes a follow-up action; answers its meeting. */
export async function deleteMeetingAction(db: Kysely<DB>, id: number, now: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('meetingAction')
      .select('meetingId')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw meetingActionNotFound();
    await trx.deleteFrom('meetingAction').where('id', '=', id).execute();
    await touch(trx, row.meetingId, now);
    return row.meetingId;
  });
}

/** Closes an action (done today) or opens it again (undo); answers its meeting. */
export async function setMeetingActionDone(
  db: Kysely<DB>,
  id: number,
  done: boolean,
  options: { now: string; today: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('meetingAction')
      .select('meetingId')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw meetingActionNotFound();
    await trx
      .updateTable('meetingAction')
      .set({ doneOn: done ? options.today : null, updatedAt: options.now })
      .where('id', '=', id)
      .execute();
    await touch(trx, row.meetingId, options.now);
    return row.meetingId;
  });
}
