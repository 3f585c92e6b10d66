import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import type { BackendContext } from '../../context';
import { nowIsoOf } from '../../context';
import { getRoadmap } from '../../roadmap/versions';

/**
 * The feuille de route as the editor shows it (the draft, or the adopted version until « Amender »), read
 * through the roadmap domain. Null while nobody has started one: a document must not create it.
 */
export async function readRoadmap(ctx: BackendContext): Promise<RoadmapDto | null> {
  if (!(await roadmapExists(ctx))) return null;
  return getRoadmap(ctx.db, nowIsoOf(ctx));
}

export async function roadmapExists(ctx: BackendContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('roadmap').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
