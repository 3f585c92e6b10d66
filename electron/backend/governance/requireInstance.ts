import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';

/** A coordination body asked for by id that is no longer there (deleted in another window, say). */
export const instanceNotFound = () =>
  new AppFailure(
    'not_found',
    'Cette instance n’existe plus\u00a0: elle a peut-être été supprimée. Rechargez la page.',
  );

/** The coordination body `id` (its name), or `instanceNotFound`: what every write and reading of one checks first. */
export async function requireInstance(db: Kysely<DB>, id: number): Promise<{ id: number; name: string }> {
  const instance = await db
    .selectFrom('instance')
    .select(['id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!instance) throw instanceNotFound();
  return instance;
}
