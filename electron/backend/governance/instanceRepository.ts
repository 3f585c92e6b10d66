import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { InstanceDto } from '../../../shared/governance/governanceDto';
import type { z } from 'zod';
import type { instanceSaveInput } from '../../../shared/governance/governanceSchemas';
import { inTransaction } from '../actors/writeActor';
import { listInstanceMembers } from './instanceMembers';
import { instanceNotFound, requireInstance } from './requireInstance';

/** A coordination body as a whole: create, rename, delete, read with its members. */

type SaveValues = z.output<typeof instanceSaveInput>;

export async function getInstance(db: Kysely<DB>, id: number): Promise<InstanceDto> {
  const row = await db.selectFrom('instance').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw instanceNotFound();
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    frequency: row.frequency,
    notes: row.notes,
    members: await listInstanceMembers(db, id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Creates the body (no id) or updates its name, kind, frequency and presentation; answers its id. */
export async function saveInstance(
  db: Kysely<DB>,
  values: SaveValues,
  options: { now: string },
): Promise<number> {
  const columns = { name: values.name, kind: values.kind, frequency: values.frequency, notes: values.notes };
  if (values.id === undefined) {
    const created = await db
      .insertInto('instance')
      .values({ ...columns, createdAt: options.now, updatedAt: options.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  const updated = await db
    .updateTable('instance')
    .set({ ...columns, updatedAt: options.now })
    .where('id', '=', values.id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw instanceNotFound();
  return values.id;
}

/** Deletes the body with its members and assumed findings; answers its name for the confirmation message. */
export async function deleteInstance(db: Kysely<DB>, id: number): Promise<{ id: number; name: string }> {
  return inTransaction(db, async (trx) => {
    const row = await requireInstance(trx, id);
    await trx.deleteFrom('instance').where('id', '=', id).execute();
    return row;
  });
}

/** Marks the body as changed (a member added, moved, removed). */
export async function touchInstance(db: Kysely<DB>, id: number, now: string): Promise<void> {
  const updated = await db
    .updateTable('instance')
    .set({ updatedAt: now })
    .where('id', '=', id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw instanceNotFound();
}
