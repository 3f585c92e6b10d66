import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { AppFailure } from '../../../../shared/result';
import type { BackendContext } from '../../context';
import { nowIsoOf } from '../../context';
import { ensureRoadmap, readDraft } from '../../roadmap/draftRoadmap';
import { getRoadmap, readVersion } from '../../roadmap/versions';

/**
 * The feuille de route as the editor shows it (the draft, or the adopted version until « Amender »), read
 * through the roadmap domain. Null while nobody has started one: a document must not create it.
 */
export async function readRoadmap(ctx: BackendContext): Promise<RoadmapDto | null> {
  if (!(await roadmapExists(ctx))) return null;
  return getRoadmap(ctx.db, nowIsoOf(ctx));
}

/**
 * One version of the feuille de route for its document: an adopted version exactly as it was frozen (its
 * composition and signatures of that day, even while the next version is being written), or the version being
 * written (« projet »), or without a choice the one the editor shows. Null while no roadmap exists.
 */
export async function readRoadmapVersion(
  ctx: BackendContext,
  version: number | 'projet' | undefined,
): Promise<RoadmapDto | null> {
  if (!(await roadmapExists(ctx))) return null;
  if (version === undefined) return readRoadmap(ctx);
  if (typeof version === 'number') return readVersion(ctx.db, version);
  const roadmap = await ensureRoadmap(ctx.db, nowIsoOf(ctx));
  if (roadmap.state !== 'brouillon')
    throw new AppFailure(
      'not_found',
      `Aucun projet de feuille de route n’est en cours\u00a0: la version ${roadmap.version} est adoptée.`,
    );
  return readDraft(ctx.db, roadmap);
}

export async function roadmapExists(ctx: BackendContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('roadmap').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
