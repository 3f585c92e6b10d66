import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { NetworkActorDto, NetworkContactDto, NetworkStatus } from '../../../shared/network/networkDto';
import type { ContactValues } from '../../../shared/network/networkSchemas';
import { AppFailure } from '../../../shared/result';
import { inTransaction } from '../actors/writeActor';
import { actorNotFound } from '../actors/notFound';

/**
 * An actor's place in the network: its status (two columns of `actor`, migration 015) and its contact log
 * (`network_contact`). Only a live actor is read or written: one in the trash answers « introuvable ». The
 * actor's own `updated_at` is left alone: meeting an actor says nothing new about its record.
 */

const CONTACT_COLUMNS = [
  'id',
  'actorId',
  'contactOn',
  'kind',
  'who',
  'notes',
  'nextStep',
  'nextStepOn',
] as const;

async function liveActor(db: Kysely<DB>, actorId: number) {
  const actor = await db
    .selectFrom('actor')
    .select(['id', 'networkStatus', 'networkStatusChangedAt'])
    .where('id', '=', actorId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!actor) throw actorNotFound();
  return actor;
}

/** The status and the log, newest contact first (same day: the last entered first). */
export async function readNetworkActor(db: Kysely<DB>, actorId: number): Promise<NetworkActorDto> {
  const actor = await liveActor(db, actorId);
  const contacts: NetworkContactDto[] = await db
    .selectFrom('networkContact')
    .select(CONTACT_COLUMNS)
    .where('actorId', '=', actorId)
    .orderBy('contactOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return {
    actorId,
    status: actor.networkStatus,
    statusChangedAt: actor.networkStatusChangedAt,
    contacts,
  };
}

export async function setNetworkStatus(
  db: Kysely<DB>,
  actorId: number,
  status: NetworkStatus | null,
  options: { now: string },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const actor = await liveActor(trx, actorId);
    if (actor.networkStatus === status) return;
    await trx
      .updateTable('actor')
      .set({ networkStatus: status, networkStatusChangedAt: status === null ? null : options.now })
      .where('id', '=', actorId)
      .execute();
  });
}

/** Adds an entry (no `id`) or changes one of this actor's entries; answers the entry's id. */
export async function saveContact(
  db: Kysely<DB>,
  actorId: number,
  id: number | undefined,
  values: ContactValues,
  options: { now: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await liveActor(trx, actorId);
    if (id === undefined) {
      const inserted = await trx
        .insertInto('networkContact')
        .values({ ...values, actorId, createdAt: options.now, updatedAt: options.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    }
    const updated = await trx
      .updateTable('networkContact')
      .set({ ...values, updatedAt: options.now })
      .where('id', '=', id)
      .where('actorId', '=', actorId)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw contactNotFound();
    return updated.id;
  });
}

/** Deletes an entry; answers its actor's id (the renderer keeps the entry to put it back on « Annuler »). */
export async function deleteContact(db: Kysely<DB>, id: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx
      .deleteFrom('networkContact')
      .where('id', '=', id)
      .returning('actorId')
      .executeTakeFirst();
    if (!deleted) throw contactNotFound();
    await liveActor(trx, deleted.actorId);
    return deleted.actorId;
  });
}

const contactNotFound = () =>
  new AppFailure(
    'not_found',
    'Ce contact n’existe plus\u00a0: il a peut-être été supprimé. Rechargez la fiche.',
  );

/**
 * Merging two records of one actor (« Doublons probables »): the other's contacts move to the kept actor, and
 * the status set last of the two is kept (a status never set loses to one that was).
 */
export async function moveNetworkRecord(db: Kysely<DB>, fromId: number, toId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable('networkContact').set({ actorId: toId }).where('actorId', '=', fromId).execute();
    const statusOf = (id: number) =>
      trx
        .selectFrom('actor')
        .select(['networkStatus', 'networkStatusChangedAt'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const from = await statusOf(fromId);
    const to = await statusOf(toId);
    const fromIsLater =
      from.networkStatusChangedAt !== null &&
      (to.networkStatusChangedAt === null || from.networkStatusChangedAt > to.networkStatusChangedAt);
    if (fromIsLater)
      await trx
        .updateTable('actor')
        .set({ networkStatus: from.networkStatus, networkStatusChangedAt: from.networkStatusChangedAt })
        .where('id', '=', toId)
        .execute();
  });
}
