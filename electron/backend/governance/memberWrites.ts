import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type {
  memberAddInput,
  membersReorderInput,
  memberUpdateInput,
} from '../../../shared/governance/governanceSchemas';
import type { InstanceRepresentativeDto } from '../../../shared/governance/governanceDto';
import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import { inTransaction } from '../actors/writeActor';
import { actorNotFound } from '../actors/notFound';
import { touchInstance } from './instanceRepository';
import { requireInstance } from './requireInstance';

/**
 * Writing the members of a body: an actor of the directory (with who represents it) or an elected official (name,
 * mandate, commune of the territory). Each write answers the body's id so the caller reads it back whole.
 */

type AddValues = z.output<typeof memberAddInput>;
type UpdateValues = z.output<typeof memberUpdateInput>;
type ReorderValues = z.output<typeof membersReorderInput>;

const memberNotFound = () =>
  new AppFailure('not_found', 'Ce membre ne fait plus partie de l’instance. Rechargez la page.');

async function checkCommune(trx: Transaction<DB>, communeCode: string | null): Promise<void> {
  if (communeCode === null) return;
  const commune = await trx
    .selectFrom('territoryCommune')
    .select('code')
    .where('code', '=', communeCode)
    .executeTakeFirst();
  if (!commune)
    throw new AppFailure('invalid_input', 'Cette commune n’appartient pas au territoire.', {
      communeCode: 'Choisissez une commune du territoire.',
    });
}

/** The actor's first contact of the directory, as its default representative. */
async function firstContactOf(trx: Transaction<DB>, actorId: number): Promise<InstanceRepresentativeDto[]> {
  const contact = await trx
    .selectFrom('contact')
    .select(['name', 'role', 'email'])
    .where('actorId', '=', actorId)
    .orderBy('position')
    .orderBy('id')
    .executeTakeFirst();
  return contact ? [contact] : [];
}

export async function addMember(
  db: Kysely<DB>,
  values: AddValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await requireInstance(trx, values.instanceId);
    const last = await trx
      .selectFrom('instanceMember')
      .select((eb) => eb.fn.max<number | null>('position').as('position'))
      .where('instanceId', '=', values.instanceId)
      .executeTakeFirst();
    const position = (last?.position ?? -1) + 1;
    const member = values.member;

    if (member.kind === 'actor') {
      const actor = await trx
        .selectFrom('actor')
        .select(['id', 'name', 'communeCode', 'deletedAt'])
        .where('id', '=', member.actorId)
        .executeTakeFirst();
      if (!actor || actor.deletedAt !== null) throw actorNotFound();
      const already = await trx
        .selectFrom('instanceMember')
        .select('id')
        .where('instanceId', '=', values.instanceId)
        .where('actorId', '=', actor.id)
        .executeTakeFirst();
      if (already) throw new AppFailure('conflict', `${quoted(actor.name)} fait déjà partie de l’instance.`);
      const representatives = member.representatives ?? (await firstContactOf(trx, actor.id));
      await trx
        .insertInto('instanceMember')
        .values({
          instanceId: values.instanceId,
          position,
          kind: 'actor',
          actorId: actor.id,
          name: actor.name,
          representatives: JSON.stringify(representatives),
          mandate: null,
          communeCode: actor.communeCode,
          createdAt: options.now,
        })
        .execute();
    } else {
      await checkCommune(trx, member.communeCode);
      await trx
        .insertInto('instanceMember')
        .values({
          instanceId: values.instanceId,
          position,
          kind: 'elected',
          actorId: null,
          name: member.name,
          representatives: '[]',
          mandate: member.mandate,
          communeCode: member.communeCode,
          createdAt: options.now,
        })
        .execute();
    }
    await touchInstance(trx, values.instanceId, options.now);
    return values.instanceId;
  });
}

export async function updateMember(
  db: Kysely<DB>,
  values: UpdateValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('instanceMember')
      .select(['id', 'instanceId', 'kind'])
      .where('id', '=', values.id)
      .executeTakeFirst();
    if (!row) throw memberNotFound();
    const member = values.member;
    if (member.kind !== row.kind)
      throw new AppFailure(
        'invalid_input',
        'Un acteur ne peut pas devenir un élu, ni l’inverse\u00a0: retirez-le puis ajoutez-le.',
      );
    if (member.kind === 'actor') {
      await trx
        .updateTable('instanceMember')
        .set({ representatives: JSON.stringify(member.representatives) })
        .where('id', '=', row.id)
        .execute();
    } else {
      await checkCommune(trx, member.communeCode);
      await trx
        .updateTable('instanceMember')
        .set({ name: member.name, mandate: member.mandate, communeCode: member.communeCode })
        .where('id', '=', row.id)
        .execute();
    }
    await touchInstance(trx, row.instanceId, options.now);
    return row.instanceId;
  });
}

export async function removeMember(db: Kysely<DB>, id: number, options: { now: string }): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('instanceMember')
      .select(['id', 'instanceId'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw memberNotFound();
    await trx.deleteFrom('instanceMember').where('id', '=', id).execute();
    await touchInstance(trx, row.instanceId, options.now);
    return row.instanceId;
  });
}

/** Puts the members in the given order; the list must name every member of the body once. */
export async function reorderMembers(
  db: Kysely<DB>,
  values: ReorderValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('instanceMember')
      .select('id')
      .where('instanceId', '=', values.instanceId)
      .execute();
    const current = new Set(rows.map((row) => row.id));
    const wanted = new Set(values.memberIds);
    const same =
      wanted.size === values.memberIds.length &&
      wanted.size === current.size &&
      values.memberIds.every((memberId) => current.has(memberId));
    if (!same)
      throw new AppFailure(
        'conflict',
        'La liste des membres a changé entre-temps (ajout ou retrait ailleurs). Rechargez la page puis recommencez.',
      );
    for (const [position, memberId] of values.memberIds.entries())
      await trx.updateTable('instanceMember').set({ position }).where('id', '=', memberId).execute();
    await touchInstance(trx, values.instanceId, options.now);
    return values.instanceId;
  });
}
