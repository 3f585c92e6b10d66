import type { RoadmapMethod } from '../../../shared/roadmap/roadmapApi';
import { compareRoadmaps } from './compareRoadmaps';
import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf } from '../context';
import {
  deleteChantier,
  deleteObjective,
  reorderChantiers,
  reorderObjectives,
  saveChantier,
  saveObjective,
  setInstance,
  updateTexts,
} from './sectionWrites';
import { deleteAction, moveAction, saveAction } from './actionWrites';
import { setRole } from './roleWrites';
import { saveSignature } from './signatureWrites';
import { activityThemes } from './computedIndicatorRepository';
import { adoptRoadmap, amendRoadmap, getRoadmap, listVersions, readSide, readVersion } from './versions';

/**
 * The feuille de route, as the renderer calls it. Each write is one short transaction on the draft and answers
 * with the whole roadmap read afterwards (cheap enough for autosave: a handful of small tables).
 */
export const roadmapHandlers: HandlerGroup<RoadmapMethod> = {
  'roadmap.get': (_input, ctx) => getRoadmap(ctx.db, nowIsoOf(ctx)),

  'roadmap.setInstance': async ({ instanceId }, ctx) => {
    await setInstance(ctx.db, instanceId, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.updateText': async (texts, ctx) => {
    await updateTexts(ctx.db, texts, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.saveObjective': async (values, ctx) => {
    const id = await saveObjective(ctx.db, values, nowIsoOf(ctx));
    return { id, roadmap: await getRoadmap(ctx.db, nowIsoOf(ctx)) };
  },

  'roadmap.deleteObjective': async ({ id }, ctx) => {
    await deleteObjective(ctx.db, id, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.reorderObjectives': async ({ ids }, ctx) => {
    await reorderObjectives(ctx.db, ids, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.saveChantier': async (values, ctx) => {
    const id = await saveChantier(ctx.db, values, nowIsoOf(ctx));
    return { id, roadmap: await getRoadmap(ctx.db, nowIsoOf(ctx)) };
  },

  'roadmap.deleteChantier': async ({ id }, ctx) => {
    await deleteChantier(ctx.db, id, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.reorderChantiers': async ({ ids }, ctx) => {
    await reorderChantiers(ctx.db, ids, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.saveAction': async (values, ctx) => {
    const id = await saveAction(ctx.db, values, nowIsoOf(ctx));
    return { id, roadmap: await getRoadmap(ctx.db, nowIsoOf(ctx)) };
  },

  'roadmap.deleteAction': async ({ id }, ctx) => {
    await deleteAction(ctx.db, id, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.moveAction': async (move, ctx) => {
    await moveAction(ctx.db, move, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.setRole': async (role, ctx) => {
    await setRole(ctx.db, role, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.saveSignature': async (signature, ctx) => {
    await saveSignature(ctx.db, signature, nowIsoOf(ctx));
    return getRoadmap(ctx.db, nowIsoOf(ctx));
  },

  'roadmap.adopt': (adoption, ctx) => adoptRoadmap(ctx.db, adoption, nowIsoOf(ctx)),

  'roadmap.amend': (_input, ctx) => amendRoadmap(ctx.db, nowIsoOf(ctx)),

  'roadmap.versions': (_input, ctx) => listVersions(ctx.db),

  'roadmap.version': ({ number }, ctx) => readVersion(ctx.db, number),

  'roadmap.compare': async ({ from, to }, ctx) => {
    const [before, after] = await Promise.all([
      readSide(ctx.db, from, nowIsoOf(ctx)),
      readSide(ctx.db, to, nowIsoOf(ctx)),
    ]);
    return {
      from: { side: from, label: before.label },
      to: { side: to, label: after.label },
      changes: compareRoadmaps(before.roadmap, after.roadmap),
    };
  },

  'roadmap.activityThemes': (_input, ctx) => activityThemes(ctx.db),
};
