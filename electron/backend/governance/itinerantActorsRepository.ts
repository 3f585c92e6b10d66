import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * The communes where actors hold permanences (a digital bus, a mobile team), by actor: a member that covers a
 * public is said « itinérant », and the communes its permanences serve count as reached by the body.
 */
export async function readPermanenceCommunes(
  db: Kysely<DB>,
  actorIds: readonly number[],
): Promise<Map<number, string[]>> {
  const served = new Map<number, string[]>();
  if (actorIds.length === 0) return served;
  const rows = await db
    .selectFrom('permanence')
    .innerJoin('place', 'place.id', 'permanence.placeId')
    .select(['place.actorId', 'permanence.communeCode'])
    .distinct()
    .where('place.actorId', 'in', [...actorIds])
    .execute();
  for (const { actorId, communeCode } of rows)
    served.set(actorId, [...(served.get(actorId) ?? []), communeCode]);
  return served;
}
