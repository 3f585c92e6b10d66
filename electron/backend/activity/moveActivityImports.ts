import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';

/**
 * The activity imported on an actor merged into another goes with it: the merge keeps one record of the
 * structure, so its figures belong to that record, and a later import on it replaces the overlapping months
 * instead of counting them a second time. An import tied to one of the other's places follows the copy of that
 * place (`placeIds`: the other's place ids → the copies' ids); when the place was not copied (a record holds 50
 * places at most), it stays with the other record in the Corbeille rather than become the whole actor's, which
 * an import of any other place would then replace.
 */
export async function moveActivityImports(
  trx: Transaction<DB>,
  fromId: number,
  to: { id: number; name: string },
  placeIds: ReadonlyMap<number, number>,
): Promise<void> {
  const imports = await trx
    .selectFrom('activityImport')
    .select(['id', 'placeId'])
    .where('actorId', '=', fromId)
    .execute();
  for (const row of imports) {
    if (row.placeId !== null && !placeIds.has(row.placeId)) continue;
    await trx
      .updateTable('activityImport')
      .set({
        actorId: to.id,
        actorName: to.name,
        placeId: row.placeId === null ? null : placeIds.get(row.placeId)!,
      })
      .where('id', '=', row.id)
      .execute();
  }
}
