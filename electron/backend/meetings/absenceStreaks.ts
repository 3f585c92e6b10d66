import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { DriftingMemberDto } from '../../../shared/meetings/meetingsDto';

/** How many held meetings in a row a member must have missed to be pointed out. */
export const ABSENCE_STREAK = 3;

/**
 * The members who missed their last three held meetings of the body (issue 16, item 6): a meeting counts as held
 * once its attendance was taken (someone's is said); missed is « absent » or « excusé »; a meeting where the
 * member's attendance was not said breaks the streak (unknown is not absent), « représenté » counts as there.
 */
export async function driftingMembers(db: Kysely<DB>, instanceId: number): Promise<DriftingMemberDto[]> {
  const rows = await db
    .selectFrom('meetingInvitee as v')
    .innerJoin('meeting as m', 'm.id', 'v.meetingId')
    .select(['v.memberId', 'v.name', 'v.attendance', 'm.startsAt', 'm.id as meetingId'])
    .where('m.instanceId', '=', instanceId)
    .where('m.status', '=', 'prevue')
    .where('v.memberId', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetingInvitee as w')
          .select('w.id')
          .whereRef('w.meetingId', '=', 'm.id')
          .where('w.attendance', 'is not', null),
      ),
    )
    .orderBy('m.startsAt', 'desc')
    .execute();
  const byMember = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = byMember.get(row.memberId!) ?? [];
    if (list.length < ABSENCE_STREAK) list.push(row);
    byMember.set(row.memberId!, list);
  }
  const members = await db
    .selectFrom('instanceMember')
    .select(['id', 'name'])
    .where('instanceId', '=', instanceId)
    .orderBy('position')
    .execute();
  return members.flatMap((member) => {
    const last = byMember.get(member.id) ?? [];
    const missed =
      last.length === ABSENCE_STREAK &&
      last.every((row) => row.attendance === 'absent' || row.attendance === 'excuse');
    return missed
      ? [
          {
            memberId: member.id,
            name: member.name,
            missed: last
              .map((row) => ({ startsAt: row.startsAt, attendance: row.attendance as 'absent' | 'excuse' }))
              .reverse(),
          },
        ]
      : [];
  });
}
