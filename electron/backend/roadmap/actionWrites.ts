import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import { AppFailure } from '../../../shared/result';
import type { actionInput } from '../../../shared/roadmap/roadmapSchemas';
import { chantierNotFound, inDraft } from './sectionWrites';
import { checkMembers, writePilotAndPartners } from './roleWrites';
import { insertedAt } from './positions';

/** Writes of the fiches action: save (with fundings and indicators), delete, move within or across chantiers. */

type Trx = Transaction<DB>;
type ActionValues = z.output<typeof actionInput>;

const actionNotFound = () =>
  new AppFailure('not_found', 'Cette action n’existe plus (supprimée entre-temps)\u00a0: rechargez l’écran.');

async function actionIdsOf(trx: Trx, chantierId: number): Promise<number[]> {
  const rows = await trx
    .selectFrom('roadmapAction')
    .select('id')
    .where('chantierId', '=', chantierId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

async function renumber(trx: Trx, chantierId: number, ids: readonly number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await trx.updateTable('roadmapAction').set({ position, chantierId }).where('id', '=', id).execute();
  }
}

async function checkReferences(trx: Trx, values: ActionValues, now: string): Promise<void> {
  const chantier = await trx
    .selectFrom('roadmapChantier')
    .select('id')
    .where('id', '=', values.chantierId)
    .executeTakeFirst();
  if (!chantier) throw chantierNotFound();
  if (values.objectiveId !== null) {
    const objective = await trx
      .selectFrom('roadmapObjective')
      .select('id')
      .where('id', '=', values.objectiveId)
      .executeTakeFirst();
    if (!objective) {
      const message = 'Cet objectif n’existe plus\u00a0: choisissez-en un autre.';
      throw new AppFailure('invalid_input', message, { objectiveId: message });
    }
  }
  if (values.pilotMemberId !== null) await checkMembers(trx, now, [values.pilotMemberId], 'pilotMemberId');
  await checkMembers(trx, now, values.partnerMemberIds, 'partnerMemberIds');
}

export function saveAction(db: Kysely<DB>, values: ActionValues, now: string) {
  return inDraft(db, now, async (trx) => {
    await checkReferences(trx, values, now);
    const columns = {
      chantierId: values.chantierId,
      title: values.title,
      objectiveId: values.objectiveId,
      description: values.description,
      publics: JSON.stringify(values.publics),
      communeCodes: JSON.stringify(values.communeCodes),
      startOn: values.start,
      endOn: values.end,
      budget: values.budget,
      status: values.status,
      progress: values.progress,
    };
    let id: number;
    if (values.id === undefined) {
      const position = (await actionIdsOf(trx, values.chantierId)).length;
      id = (
        await trx
          .insertInto('roadmapAction')
          .values({ ...columns, position })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      id = values.id;
      const before = await trx
        .selectFrom('roadmapAction')
        .select('chantierId')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!before) throw actionNotFound();
      await trx.updateTable('roadmapAction').set(columns).where('id', '=', id).execute();
      if (before.chantierId !== values.chantierId) {
        // Changing the chantier in the fiche puts the action last in its new chantier.
        await renumber(
          trx,
          values.chantierId,
          insertedAt(await actionIdsOf(trx, values.chantierId), id, Infinity),
        );
        await renumber(trx, before.chantierId, await actionIdsOf(trx, before.chantierId));
      }
      await trx.deleteFrom('roadmapFunding').where('actionId', '=', id).execute();
      await trx.deleteFrom('roadmapIndicator').where('actionId', '=', id).execute();
    }
    if (values.fundings.length > 0) {
      await trx
        .insertInto('roadmapFunding')
        .values(values.fundings.map((line, position) => ({ ...line, actionId: id, position })))
        .execute();
    }
    if (values.indicators.length > 0) {
      await trx
        .insertInto('roadmapIndicator')
        .values(
          values.indicators.map(({ computed, ...indicator }, position) => ({
            ...indicator,
            // A computed value is never stored: it is read from the activity each time (and frozen at adoption).
            actual: computed ? null : indicator.actual,
            measure: computed?.measure ?? null,
            themes: JSON.stringify(computed?.themes ?? []),
            actionId: id,
            position,
          })),
        )
        .execute();
    }
    await writePilotAndPartners(trx, id, values.pilotMemberId, values.partnerMemberIds);
    return id;
  });
}

export function deleteAction(db: Kysely<DB>, id: number, now: string) {
  return inDraft(db, now, async (trx) => {
    const action = await trx
      .selectFrom('roadmapAction')
      .select('chantierId')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!action) throw actionNotFound();
    await trx.deleteFrom('roadmapAction').where('id', '=', id).execute();
    await renumber(trx, action.chantierId, await actionIdsOf(trx, action.chantierId));
  });
}

export function moveAction(
  db: Kysely<DB>,
  { id, chantierId, position }: { id: number; chantierId: number; position: number },
  now: string,
) {
  return inDraft(db, now, async (trx) => {
    const action = await trx
      .selectFrom('roadmapAction')
      .select('chantierId')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!action) throw actionNotFound();
    const target = await trx
      .selectFrom('roadmapChantier')
      .select('id')
      .where('id', '=', chantierId)
      .executeTakeFirst();
    if (!target) throw chantierNotFound();
    await renumber(trx, chantierId, insertedAt(await actionIdsOf(trx, chantierId), id, position));
    if (action.chantierId !== chantierId) {
      await renumber(trx, action.chantierId, await actionIdsOf(trx, action.chantierId));
    }
  });
}
