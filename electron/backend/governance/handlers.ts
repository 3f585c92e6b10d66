import type { GovernanceMethod } from '../../../shared/governance/governanceApi';
import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf } from '../context';
import { listInstances } from './instanceMembers';
import { deleteInstance, getInstance, saveInstance } from './instanceRepository';
import { addMember, removeMember, reorderMembers, updateMember } from './memberWrites';
import { assumeFinding, checkInstance, unassumeFinding } from './forgetNoOneCheck';

/** The coordination body (« Instance »), as the renderer calls it. */
export const governanceHandlers: HandlerGroup<GovernanceMethod> = {
  'instances.list': (_input, ctx) => listInstances(ctx.db),

  'instances.get': ({ id }, ctx) => getInstance(ctx.db, id),

  'instances.save': async (values, ctx) =>
    getInstance(ctx.db, await saveInstance(ctx.db, values, { now: nowIsoOf(ctx) })),

  'instances.delete': ({ id }, ctx) => deleteInstance(ctx.db, id),

  'instances.addMember': async (values, ctx) =>
    getInstance(ctx.db, await addMember(ctx.db, values, { now: nowIsoOf(ctx) })),

  'instances.updateMember': async (values, ctx) =>
    getInstance(ctx.db, await updateMember(ctx.db, values, { now: nowIsoOf(ctx) })),

  'instances.removeMember': async ({ id }, ctx) =>
    getInstance(ctx.db, await removeMember(ctx.db, id, { now: nowIsoOf(ctx) })),

  'instances.reorderMembers': async (values, ctx) =>
    getInstance(ctx.db, await reorderMembers(ctx.db, values, { now: nowIsoOf(ctx) })),

  'instances.check': ({ id }, ctx) => checkInstance(ctx, id),

  'instances.assume': async (values, ctx) => {
    await assumeFinding(ctx, values, { now: nowIsoOf(ctx) });
    return checkInstance(ctx, values.instanceId);
  },

  'instances.unassume': async (values, ctx) => {
    await unassumeFinding(ctx.db, values);
    return checkInstance(ctx, values.instanceId);
  },
};
