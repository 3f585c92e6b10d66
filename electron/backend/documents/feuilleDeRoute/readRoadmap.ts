import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import type { BackendContext } from '../../context';
import { nowIsoOf } from '../../context';
import { getRoadmap } from '../../roadmap/versions';

/**
 * The feuille de route as the editor shows it (the draft, or the adopted version until « Amender »), read
 * through the roadmap domain. Null while nobody has started one: a document must not create it.
 */
export async function readRoadmap(ctx: BackendContext): Promise<RoadmapDto | null> {
  if (!roadmapExists(ctx)) return null;
  return getRoadmap(ctx.db, nowIsoOf(ctx));
}

export function roadmapExists(ctx: BackendContext): boolean {
  const row = ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM roadmap').get() as { n: number };
  return row.n > 0;
}
