import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { TrashedActorDto } from '../../../shared/actors/dto';
import { AppFailure } from '../../../shared/result';
import { inTransaction } from './writeActor';
import { actorNotFound } from './notFound';
import { deleteFacets } from './facetRepository';

/**
 * The « Corbeille »: deleting an actor only sets `deleted_at`, so that a mistake can be undone; purging
 * removes it for good (with its places, contacts and tags), and only from the trash.
 */

/** Moves a live actor to the trash; answers its name for the « Annuler » message. */
export async function deleteActor(
  db: Kysely<DB>,
  id: number,
  options: { now: string },
): Promise<{ id: number; name: string }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx
      .updateTable('actor')
      .set({ deletedAt: options.now })
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!deleted) throw actorNotFound();
    return deleted;
  });
}

/** Takes an actor out of the trash (an actor already live stays as it is). */
export async function restoreActor(db: Kysely<DB>, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const restored = await trx
      .updateTable('actor')
      .set({ deletedAt: null })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!restored) throw actorNotFound();
  });
}

/** Deletes for good an actor that is in the trash. */
export async function purgeActor(db: Kysely<DB>, id: number): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const actor = await trx
      .selectFrom('actor')
      .select(['id', 'deletedAt'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!actor) throw actorNotFound();
    if (actor.deletedAt === null)
      throw new AppFailure(
        'conflict',
        'Cet acteur n’est pas dans la corbeille\u00a0: mettez-le d’abord à la corbeille, la suppression définitive se fait depuis celle-ci.',
      );
    await deleteFacets(trx, id);
    await trx.deleteFrom('actor').where('id', '=', id).execute();
    return { id };
  });
}

/** The trash, most recently deleted first. */
export async function listTrash(db: Kysely<DB>): Promise<TrashedActorDto[]> {
  const rows = await db
    .selectFrom('actor as a')
    .leftJoin('territoryCommune as c', 'c.code', 'a.communeCode')
    .select(['a.id', 'a.name', 'a.deletedAt', 'c.name as communeName'])
    .where('a.deletedAt', 'is not', null)
    .orderBy('a.deletedAt', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    communeName: row.communeName,
    deletedAt: row.deletedAt!,
  }));
}
