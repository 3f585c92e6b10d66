import type { Kysely, NotNull } from 'kysely';
import type { DB } from '../db/schema';
import type { DetectionActor, DetectionPoint } from './detectDuplicates';

/** What the duplicate detection reads (the live directory, in two set-based queries) and the dismissed pairs. */

export function readDetectionActors(db: Kysely<DB>): Promise<DetectionActor[]> {
  return db
    .selectFrom('actor as a')
    .leftJoin('territoryCommune as c', 'c.code', 'a.communeCode')
    .select(['a.id', 'a.name', 'a.siret', 'a.communeCode', 'c.name as communeName'])
    .where('a.deletedAt', 'is', null)
    .execute();
}

/** The live places that have coordinates. */
export function readDetectionPoints(db: Kysely<DB>): Promise<DetectionPoint[]> {
  return db
    .selectFrom('place as p')
    .innerJoin('actor as a', 'a.id', 'p.actorId')
    .select(['p.actorId', 'p.name as label', 'p.latitude', 'p.longitude'])
    .where('a.deletedAt', 'is', null)
    .where('p.latitude', 'is not', null)
    .where('p.longitude', 'is not', null)
    .$narrowType<{ latitude: NotNull; longitude: NotNull }>()
    .execute();
}

/** The pairs the user said are not duplicates, as `low-high` keys. */
export async function readDismissedKeys(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('duplicateDismissal').select(['lowActorId', 'highActorId']).execute();
  return new Set(rows.map((row) => `${row.lowActorId}-${row.highActorId}`));
}

/** Remembers that this pair (smaller id first) is not a duplicate; dismissing it again changes nothing. */
export async function insertDismissal(
  db: Kysely<DB>,
  lowActorId: number,
  highActorId: number,
  dismissedAt: string,
): Promise<void> {
  await db
    .insertInto('duplicateDismissal')
    .values({ lowActorId, highActorId, dismissedAt })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
