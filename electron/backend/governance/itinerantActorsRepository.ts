import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * The actors that hold permanences in the communes (a digital bus, a mobile team): what the « n'oublier
 * personne » check says of a member that covers a public « itinérant ». Read from the `permanence` rows, not from
 * the tags, which another change is moving.
 */
export async function readItinerantActorIds(
  db: Kysely<DB>,
  actorIds: readonly number[],
): Promise<Set<number>> {
  if (actorIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('permanence')
    .innerJoin('place', 'place.id', 'permanence.placeId')
    .select('place.actorId')
    .distinct()
    .where('place.actorId', 'in', [...actorIds])
    .execute();
  return new Set(rows.map((row) => row.actorId));
}
