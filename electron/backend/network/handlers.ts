import type { NetworkMethod } from '../../../shared/network/networkApi';
import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf, todayOf } from '../context';
import { deleteContact, readNetworkActor, saveContact, setNetworkStatus } from './contactLogRepository';
import { readNetworkOverview } from './overviewRepository';

/** Meeting the actors: each actor's status and contact log, and the « Réseau » overview. */
export const networkHandlers: HandlerGroup<NetworkMethod> = {
  'network.actor': ({ actorId }, ctx) => readNetworkActor(ctx.db, actorId),

  'network.setStatus': async ({ actorId, status }, ctx) => {
    await setNetworkStatus(ctx.db, actorId, status, { now: nowIsoOf(ctx) });
    return readNetworkActor(ctx.db, actorId);
  },

  'network.saveContact': async ({ actorId, id, contact }, ctx) => {
    await saveContact(ctx.db, actorId, id, contact, { now: nowIsoOf(ctx) });
    return readNetworkActor(ctx.db, actorId);
  },

  'network.deleteContact': async ({ id }, ctx) => readNetworkActor(ctx.db, await deleteContact(ctx.db, id)),

  'network.overview': (_input, ctx) => readNetworkOverview(ctx.db, todayOf(ctx)),
};
