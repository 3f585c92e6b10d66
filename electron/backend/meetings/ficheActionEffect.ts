import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { roadmapEffectInput } from '../../../shared/meetings/meetingsSchemas';
import { actionInput } from '../../../shared/roadmap/roadmapSchemas';
import { actionInputOf } from '../../../shared/roadmap/actionInputOf';
import { AppFailure } from '../../../shared/result';
import { saveAction } from '../roadmap/actionWrites';
import { getRoadmap } from '../roadmap/versions';

/**
 * What a follow-up action does to the feuille de route, when the user asks: update its fiche action's status and
 * progress, or create a new fiche action named after it. Both go through the roadmap's own write (`saveAction`):
 * its draft rule (an adopted version is not changed: « Amender » first), its role matrix, its touch.
 */

/** Applies the effect; answers the fiche action the follow-up action is tied to afterwards. */
export async function applyRoadmapEffect(
  db: Kysely<DB>,
  effect: z.output<typeof roadmapEffectInput>,
  values: { roadmapActionId: number | null; what: string },
  now: string,
): Promise<number | null> {
  if (effect.kind === 'none') return values.roadmapActionId;
  if (effect.kind === 'create')
    return saveAction(db, actionInput.parse({ chantierId: effect.chantierId, title: values.what }), now);
  const roadmap = await getRoadmap(db, now);
  const fiche = roadmap.chantiers
    .flatMap((chantier) => chantier.actions)
    .find((action) => action.id === values.roadmapActionId);
  if (!fiche)
    throw new AppFailure('invalid_input', 'Cette fiche action n’est plus dans la feuille de route.');
  await saveAction(
    db,
    actionInput.parse({ ...actionInputOf(fiche), status: effect.status, progress: effect.progress }),
    now,
  );
  return fiche.id;
}
