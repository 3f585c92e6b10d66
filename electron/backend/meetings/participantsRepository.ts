import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { meetingNotFound } from './meetingNotFound';

/**
 * How many came to a meeting, its public included (migration 019): an atelier or a café-débat counts people who
 * were never invited. Null: not said (unknown, never 0). Bumps the revision like the meeting's other records.
 */
export async function saveParticipants(
  db: Kysely<DB>,
  id: number,
  participantsCount: number | null,
  now: string,
): Promise<void> {
  const updated = await db
    .updateTable('meeting')
    .set((eb) => ({ participantsCount, updatedAt: now, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw meetingNotFound();
}
