import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type {
  agendaSaveInput,
  inviteesSaveInput,
  meetingSaveInput,
} from '../../../shared/meetings/meetingsSchemas';
import { isOccurrenceDay } from './expandSeries';
import { AppFailure } from '../../../shared/result';
import { inTransaction } from '../actors/writeActor';
import { meetingNotFound, seriesNotFound } from './meetingNotFound';
import { requireInstance } from '../governance/requireInstance';
import { placeColumnsOf } from './placeOfInput';
import { newUid } from './seriesUid';
import { meetingOfSeriesDate } from './seriesPast';
import { seriesRuleOf } from './seriesRule';

/**
 * Meetings as rows: single ones, and the dates of a series made rows of their own when the user opens them
 * (materialised on open: a series of five years costs no rows until a date gets its agenda, a move or a
 * cancellation). A new row invites the body's members as they are that day; guests are added by hand.
 */

/** The body's members, invited to a new meeting (their names copied, their e-mails read live). */
async function inviteMembers(trx: Transaction<DB>, meetingId: number, instanceId: number): Promise<void> {
  const members = await trx
    .selectFrom('instanceMember')
    .select(['id', 'name'])
    .where('instanceId', '=', instanceId)
    .orderBy('position')
    .execute();
  if (members.length === 0) return;
  await trx
    .insertInto('meetingInvitee')
    .values(
      members.map((member, position) => ({
        meetingId,
        position,
        kind: 'member' as const,
        memberId: member.id,
        name: member.name,
      })),
    )
    .execute();
}

/** The row of a date of a series, created the first time it is opened; answers its id. */
export async function openOccurrence(
  db: Kysely<DB>,
  seriesId: number,
  occurrenceOn: string,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('meeting')
      .select('id')
      .where('seriesId', '=', seriesId)
      .where('occurrenceOn', '=', occurrenceOn)
      .executeTakeFirst();
    if (existing) return existing.id;
    const series = await trx
      .selectFrom('meetingSeries')
      .selectAll()
      .where('id', '=', seriesId)
      .executeTakeFirst();
    if (!series) throw seriesNotFound();
    if (!isOccurrenceDay(seriesRuleOf(series), occurrenceOn))
      throw new AppFailure('invalid_input', 'Cette date ne fait pas partie de la série.');
    const created = await trx
      .insertInto('meeting')
      .values({
        ...meetingOfSeriesDate(series, occurrenceOn, options.now),
        seriesId,
        occurrenceOn,
        uid: series.uid,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await inviteMembers(trx, created.id, series.instanceId);
    return created.id;
  });
}

type MeetingValues = z.output<typeof meetingSaveInput>;

/** Creates a single meeting (no id) or changes a meeting, single or a date of a series (moved); answers its id. */
export async function saveMeeting(
  db: Kysely<DB>,
  values: MeetingValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const columns = {
      title: values.title,
      kind: values.kind,
      startsAt: values.startsAt,
      durationMinutes: values.durationMinutes,
      ...(await placeColumnsOf(trx, values.place)),
      updatedAt: options.now,
    };
    if (values.id === undefined) {
      await requireInstance(trx, values.instanceId);
      const created = await trx
        .insertInto('meeting')
        .values({ ...columns, instanceId: values.instanceId, uid: newUid(), createdAt: options.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await inviteMembers(trx, created.id, values.instanceId);
      return created.id;
    }
    const updated = await trx
      .updateTable('meeting')
      .set((eb) => ({ ...columns, revision: eb('revision', '+', 1) }))
      .where('id', '=', values.id)
      .where('instanceId', '=', values.instanceId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw meetingNotFound();
    return values.id;
  });
}

const touch = (trx: Kysely<DB>, id: number, now: string) =>
  trx
    .updateTable('meeting')
    .set((eb) => ({ updatedAt: now, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();

/** Cancels a meeting (a date of a series becomes an EXDATE) or restores it. */
export async function setCancelled(
  db: Kysely<DB>,
  id: number,
  cancelled: boolean,
  now: string,
): Promise<void> {
  const updated = await db
    .updateTable('meeting')
    .set((eb) => ({
      status: cancelled ? 'annulee' : 'prevue',
      updatedAt: now,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw meetingNotFound();
}

/** Deletes a single meeting; answers its body. A date of a series is cancelled instead, so the series knows. */
export async function deleteMeeting(db: Kysely<DB>, id: number): Promise<number> {
  const row = await db
    .selectFrom('meeting')
    .select(['instanceId', 'seriesId'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw meetingNotFound();
  if (row.seriesId !== null)
    throw new AppFailure('conflict', 'Une date d’une série ne se supprime pas\u00a0: annulez-la.');
  await db.deleteFrom('meeting').where('id', '=', id).execute();
  return row.instanceId;
}

/** The ordre du jour, replaced as a whole in the order given (the screen saves the list it shows). */
export async function saveAgenda(
  db: Kysely<DB>,
  values: z.output<typeof agendaSaveInput>,
  now: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await touch(trx, values.meetingId, now)).numUpdatedRows === 0n) throw meetingNotFound();
    const actionIds = values.items.flatMap((item) => (item.actionId === null ? [] : [item.actionId]));
    const chantierIds = values.items.flatMap((item) => (item.chantierId === null ? [] : [item.chantierId]));
    const knownActions = new Set(
      actionIds.length === 0
        ? []
        : (await trx.selectFrom('roadmapAction').select('id').where('id', 'in', actionIds).execute()).map(
            (r) => r.id,
          ),
    );
    const knownChantiers = new Set(
      chantierIds.length === 0
        ? []
        : (await trx.selectFrom('roadmapChantier').select('id').where('id', 'in', chantierIds).execute()).map(
            (r) => r.id,
          ),
    );
    if (actionIds.some((id) => !knownActions.has(id)) || chantierIds.some((id) => !knownChantiers.has(id)))
      throw new AppFailure(
        'invalid_input',
        'Une fiche action ou un chantier n’est plus dans la feuille de route.',
      );
    // Items kept by id are updated in place: their notes and decisions (taken at the meeting) stay with them.
    const existing = new Set(
      (
        await trx
          .selectFrom('meetingAgendaItem')
          .select('id')
          .where('meetingId', '=', values.meetingId)
          .execute()
      ).map((row) => row.id),
    );
    const kept = new Set(
      values.items.flatMap((item) => (item.id !== undefined && existing.has(item.id) ? [item.id] : [])),
    );
    const gone = [...existing].filter((itemId) => !kept.has(itemId));
    if (gone.length > 0) await trx.deleteFrom('meetingAgendaItem').where('id', 'in', gone).execute();
    for (const [position, { id: itemId, ...item }] of values.items.entries()) {
      if (itemId !== undefined && kept.has(itemId))
        await trx
          .updateTable('meetingAgendaItem')
          .set({ ...item, position })
          .where('id', '=', itemId)
          .execute();
      else
        await trx
          .insertInto('meetingAgendaItem')
          .values({ ...item, meetingId: values.meetingId, position })
          .execute();
    }
  });
}

/** Who is invited: the members kept (by id, in the body's order) then the guests, replaced as a whole. */
export async function saveInvitees(
  db: Kysely<DB>,
  values: z.output<typeof inviteesSaveInput>,
  now: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const meeting = await trx
      .selectFrom('meeting')
      .select('instanceId')
      .where('id', '=', values.meetingId)
      .executeTakeFirst();
    if (!meeting) throw meetingNotFound();
    await touch(trx, values.meetingId, now);
    const wanted = new Set(values.memberIds);
    const members = (
      await trx
        .selectFrom('instanceMember')
        .select(['id', 'name'])
        .where('instanceId', '=', meeting.instanceId)
        .orderBy('position')
        .execute()
    ).filter((member) => wanted.has(member.id));
    if (members.length !== wanted.size)
      throw new AppFailure('invalid_input', 'Un membre n’est plus dans l’instance\u00a0: rechargez la page.');
    // The attendance already taken follows the member, or the guest by name, through the list's replacement.
    const said = await trx
      .selectFrom('meetingInvitee')
      .select(['memberId', 'name', 'kind', 'attendance', 'representedBy'])
      .where('meetingId', '=', values.meetingId)
      .where('attendance', 'is not', null)
      .execute();
    const saidOf = (kind: 'member' | 'guest', memberId: number | null, name: string) => {
      const found = said.find((row) =>
        kind === 'member' ? row.memberId === memberId : row.kind === 'guest' && row.name === name,
      );
      return { attendance: found?.attendance ?? null, representedBy: found?.representedBy ?? null };
    };
    // Someone invited as a member who has left the body since keeps their row, and the attendance it holds:
    // editing the guests of a past meeting does not rewrite who was there.
    await trx
      .deleteFrom('meetingInvitee')
      .where('meetingId', '=', values.meetingId)
      .where((eb) => eb.or([eb('kind', '=', 'guest'), eb('memberId', 'is not', null)]))
      .execute();
    const former = await trx
      .selectFrom('meetingInvitee')
      .select('id')
      .where('meetingId', '=', values.meetingId)
      .orderBy('position')
      .execute();
    const rows = [
      ...members.map((member) => ({
        kind: 'member' as const,
        memberId: member.id,
        actorId: null,
        name: member.name,
        organisation: null,
        email: null,
      })),
      ...values.guests.map((guest) => ({ kind: 'guest' as const, memberId: null, ...guest })),
    ];
    if (rows.length > 0)
      await trx
        .insertInto('meetingInvitee')
        .values(
          rows.map((row, position) => ({
            ...row,
            ...saidOf(row.kind, row.memberId, row.name),
            meetingId: values.meetingId,
            position,
          })),
        )
        .execute();
    for (const [index, row] of former.entries())
      await trx
        .updateTable('meetingInvitee')
        .set({ position: rows.length + index })
        .where('id', '=', row.id)
        .execute();
  });
}
