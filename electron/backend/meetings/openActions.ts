import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { OpenActionsDto } from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';
import { requireInstance } from '../governance/requireInstance';
import { meetingActionDtoOf, roadmapLabels } from './readMeeting';

/** The open follow-up actions of all a body's meetings: soonest due first, those without a date last. */
export async function readOpenActions(
  db: Kysely<DB>,
  instanceId: number,
  today: string,
): Promise<OpenActionsDto> {
  await requireInstance(db, instanceId);
  const rows = await db
    .selectFrom('meetingAction as a')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .selectAll('a')
    .select(['m.title as meetingTitle', 'm.kind as meetingKind', 'm.startsAt as meetingStartsAt'])
    .where('m.instanceId', '=', instanceId)
    .where('a.doneOn', 'is', null)
    .execute();
  const labels = await roadmapLabels(db);
  const actions = rows
    .map((row) => ({
      ...meetingActionDtoOf(row, labels),
      meetingTitle: row.meetingTitle ?? MEETING_KIND_LABELS[row.meetingKind],
      meetingStartsAt: row.meetingStartsAt,
      position: row.position,
    }))
    .sort(
      (a, b) =>
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        a.meetingStartsAt.localeCompare(b.meetingStartsAt) ||
        a.position - b.position,
    )
    .map(({ position: _position, ...action }) => action);
  return { instanceId, today, actions };
}
