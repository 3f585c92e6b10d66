import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import type { chantierInput, objectiveInput, roadmapTextInput } from '../../../shared/roadmap/roadmapSchemas';
import { inTransaction } from '../actors/writeActor';
import { assertDraft, touchRoadmap } from './draftRoadmap';
import { checkedOrder } from './positions';

/**
 * Writes of the roadmap's own sections: its texts, its body, objectives and chantiers. Each is one short
 * transaction on the draft (refused once adopted).
 */

type Trx = Transaction<DB>;

export function inDraft<T>(db: Kysely<DB>, now: string, work: (trx: Trx) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    await assertDraft(trx, now);
    const result = await work(trx);
    await touchRoadmap(trx, now);
    return result;
  });
}

export function updateTexts(db: Kysely<DB>, texts: z.output<typeof roadmapTextInput>, now: string) {
  return inDraft(db, now, async (trx) => {
    const changes = Object.fromEntries(Object.entries(texts).filter(([, value]) => value !== undefined));
    await trx.updateTable('roadmap').set(changes).where('id', '=', 1).execute();
  });
}

export function setInstance(db: Kysely<DB>, instanceId: number | null, now: string) {
  return inDraft(db, now, async (trx) => {
    if (instanceId !== null) {
      const found = await trx
        .selectFrom('instance')
        .select('id')
        .where('id', '=', instanceId)
        .executeTakeFirst();
      if (!found)
        throw new AppFailure('not_found', 'Cette instance n’existe plus\u00a0: choisissez-en une autre.');
    }
    await trx.updateTable('roadmap').set({ instanceId }).where('id', '=', 1).execute();
  });
}

async function nextPosition(trx: Trx, table: 'roadmapObjective' | 'roadmapChantier'): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('position').as('last'))
    .executeTakeFirst();
  return (row?.last ?? -1) + 1;
}

async function renumber(trx: Trx, table: 'roadmapObjective' | 'roadmapChantier', ids: readonly number[]) {
  for (const [position, id] of ids.entries()) {
    await trx.updateTable(table).set({ position }).where('id', '=', id).execute();
  }
}

async function idsInOrder(trx: Trx, table: 'roadmapObjective' | 'roadmapChantier'): Promise<number[]> {
  const rows = await trx.selectFrom(table).select('id').orderBy('position').orderBy('id').execute();
  return rows.map((row) => row.id);
}

export function saveObjective(db: Kysely<DB>, values: z.output<typeof objectiveInput>, now: string) {
  return inDraft(db, now, async (trx) => {
    const { id, ...columns } = values;
    if (id === undefined) {
      const inserted = await trx
        .insertInto('roadmapObjective')
        .values({ ...columns, position: await nextPosition(trx, 'roadmapObjective') })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    }
    const updated = await trx
      .updateTable('roadmapObjective')
      .set(columns)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw objectiveNotFound();
    return id;
  });
}

export const objectiveNotFound = () =>
  new AppFailure('not_found', 'Cet objectif n’existe plus (supprimé entre-temps)\u00a0: rechargez l’écran.');
export const chantierNotFound = () =>
  new AppFailure('not_found', 'Ce chantier n’existe plus (supprimé entre-temps)\u00a0: rechargez l’écran.');

export function deleteObjective(db: Kysely<DB>, id: number, now: string) {
  return inDraft(db, now, async (trx) => {
    const deleted = await trx.deleteFrom('roadmapObjective').where('id', '=', id).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw objectiveNotFound();
    await renumber(trx, 'roadmapObjective', await idsInOrder(trx, 'roadmapObjective'));
  });
}

export function reorderObjectives(db: Kysely<DB>, ids: number[], now: string) {
  return inDraft(db, now, async (trx) => {
    const order = checkedOrder(await idsInOrder(trx, 'roadmapObjective'), ids, 'objectifs');
    await renumber(trx, 'roadmapObjective', order);
  });
}

export function saveChantier(db: Kysely<DB>, values: z.output<typeof chantierInput>, now: string) {
  return inDraft(db, now, async (trx) => {
    const { id, ...columns } = values;
    if (id === undefined) {
      const inserted = await trx
        .insertInto('roadmapChantier')
        .values({ ...columns, position: await nextPosition(trx, 'roadmapChantier') })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    }
    const updated = await trx
      .updateTable('roadmapChantier')
      .set(columns)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw chantierNotFound();
    return id;
  });
}

export function deleteChantier(db: Kysely<DB>, id: number, now: string) {
  return inDraft(db, now, async (trx) => {
    const deleted = await trx.deleteFrom('roadmapChantier').where('id', '=', id).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw chantierNotFound();
    await renumber(trx, 'roadmapChantier', await idsInOrder(trx, 'roadmapChantier'));
  });
}

export function reorderChantiers(db: Kysely<DB>, ids: number[], now: string) {
  return inDraft(db, now, async (trx) => {
    const order = checkedOrder(await idsInOrder(trx, 'roadmapChantier'), ids, 'chantiers');
    await renumber(trx, 'roadmapChantier', order);
  });
}
