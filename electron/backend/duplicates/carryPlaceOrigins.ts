import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { ORIGIN_COLUMNS } from '../interop/import/recordAfterRow';

/** The columns that tie a place to the file it came from, and what that file said of it that no form edits. */
const FILE_COLUMNS = [...ORIGIN_COLUMNS, 'externalId'] as const;

/**
 * A merged place keeps what tied it to its file: each copy on the kept record takes its original's source, id in
 * the file, file date and the file's presentation, so that the producer's next file updates the copy instead of
 * creating the place a third time. The original, in the Corbeille with the other record, keeps them too: restored,
 * it is as it was. `placeIds`: the other's place ids → their copies' ids.
 */
export async function carryPlaceOrigins(
  trx: Transaction<DB>,
  placeIds: ReadonlyMap<number, number>,
): Promise<void> {
  for (const [originalId, copyId] of placeIds) {
    const original = await trx
      .selectFrom('place')
      .select(FILE_COLUMNS)
      .where('id', '=', originalId)
      .executeTakeFirst();
    if (original && original.externalId !== null)
      await trx.updateTable('place').set(original).where('id', '=', copyId).execute();
  }
}
