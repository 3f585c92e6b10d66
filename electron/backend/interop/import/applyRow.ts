import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { updateActor } from '../../actors/writeActor';
import type { BulkCreate } from '../../actors/bulkCreate';
import { getActor } from '../../actors/readActor';
import { contentOf, type PlannedRow } from './plan';
import { writePlaceOrigin } from './placeOrigin';
import { fileDateOf } from './nothingNewer';
import {
  ORIGIN_COLUMNS,
  originAfterRow,
  recordAfterActorRow,
  recordAfterPlaceRow,
  sameRecord,
} from './recordAfterRow';

/**
 * Writing one planned row inside the import's transaction: what the row makes of the stored actor is
 * `recordAfterRow.ts`'s; a row that changes nothing (a re-import of the same file) writes nothing, so that
 * the record keeps its date.
 */

async function markPlace(trx: Transaction<DB>, placeId: number, row: PlannedRow): Promise<void> {
  await trx
    .updateTable('place')
    .set({ source: row.source, externalId: row.externalId })
    .where('id', '=', placeId)
    .execute();
}

/**
 * Creates the row's actor and place, both marked with the row's source and id, the place with what the
 * file says of it that no form edits; answers the actor's id.
 */
export function createFromRow(create: BulkCreate, row: PlannedRow, now: string): number {
  const { values, origin } = contentOf(row);
  return create(values, {
    now,
    source: row.source,
    externalId: row.externalId,
    placeFromFile: origin,
  });
}

/**
 * Updates `placeId` of `actorId` with the row (update), or adds the row's place to the actor (merge;
 * `placeId` null). Answers whether anything changed (a row the directory already holds as it says changes
 * nothing); the actor keeps its id.
 */
export async function applyToActor(
  trx: Transaction<DB>,
  actorId: number,
  placeId: number | null,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<boolean> {
  const content = contentOf(row);
  const stored =
    placeId === null
      ? undefined
      : await trx.selectFrom('place').select(ORIGIN_COLUMNS).where('id', '=', placeId).executeTakeFirst();
  if (fileDateOf(row, content.origin, stored) === 'older') return false;
  const dto = await getActor(trx, actorId, options.today);
  const { current, next, known } = recordAfterPlaceRow(dto, placeId, row, content);
  const recordChanged = !sameRecord(next, current);
  if (recordChanged) await updateActor(trx, actorId, next, { now: options.now });
  if (known && placeId !== null) {
    const origin = originAfterRow(row, content.origin, content.unsaid ?? [], stored, dto.lastVerifiedOn);
    if (origin === null) return recordChanged;
    await writePlaceOrigin(trx, placeId, origin);
    return true;
  }
  const added = await trx
    .selectFrom('place')
    .select('id')
    .where('actorId', '=', actorId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  await markPlace(trx, added.id, row);
  await writePlaceOrigin(trx, added.id, content.origin);
  return true;
}

/**
 * A row of our own export written for an actor without places: the actor's fields only, no place added.
 * Answers whether anything changed.
 */
export async function updateActorOnly(
  trx: Transaction<DB>,
  actorId: number,
  row: PlannedRow,
  options: { now: string; today: string },
): Promise<boolean> {
  const dto = await getActor(trx, actorId, options.today);
  const { current, next } = recordAfterActorRow(dto, row, contentOf(row));
  if (sameRecord(next, current)) return false;
  await updateActor(trx, actorId, next, { now: options.now });
  return true;
}
