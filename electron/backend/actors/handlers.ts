import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf, todayOf } from '../context';
import { createActor, updateActor } from './writeActor';
import { getActor } from './readActor';
import { deleteActor, listTrash, purgeActor, restoreActor } from './trash';
import { listActors } from './actorListRepository';

/** The directory of actors (« Annuaire »), as the renderer calls it. */
export const actorHandlers: HandlerGroup<
  | 'actors.list'
  | 'actors.get'
  | 'actors.create'
  | 'actors.update'
  | 'actors.delete'
  | 'actors.restore'
  | 'actors.trash'
  | 'actors.purge'
> = {
  'actors.list': (query, ctx) => listActors(ctx.db, query, todayOf(ctx)),

  'actors.get': ({ id }, ctx) => getActor(ctx.db, id, todayOf(ctx)),

  'actors.create': async (values, ctx) => {
    const id = await createActor(ctx.db, values, { now: nowIsoOf(ctx) });
    return getActor(ctx.db, id, todayOf(ctx));
  },

  'actors.update': async ({ id, actor }, ctx) => {
    await updateActor(ctx.db, id, actor, { now: nowIsoOf(ctx) });
    return getActor(ctx.db, id, todayOf(ctx));
  },

  'actors.delete': ({ id }, ctx) => deleteActor(ctx.db, id, { now: nowIsoOf(ctx) }),

  'actors.restore': async ({ id }, ctx) => {
    await restoreActor(ctx.db, id);
    return getActor(ctx.db, id, todayOf(ctx));
  },

  'actors.trash': (_input, ctx) => listTrash(ctx.db),

  'actors.purge': ({ id }, ctx) => purgeActor(ctx.db, id),
};
