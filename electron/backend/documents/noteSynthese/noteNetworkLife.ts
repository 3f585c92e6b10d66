import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import type { BackendContext } from '../../context';
import { todayOf } from '../../context';
import { readNetworkLife } from '../../meetings/networkLife';
import { networkLifeLines } from './networkLifeLines';

/**
 * « La vie du réseau » of the note de synthèse: the meetings of the body that carries the feuille de route over the
 * twelve months up to today, in the sentences of `networkLifeLines` (the same figures as its « Réunions » page).
 * None when the roadmap has no body yet, or when no meeting of it was ever recorded in Maillage over the period:
 * the note does not tell the mayors that no meeting was held when it only does not know.
 */
/** The day after the same day a year before (« 2025-12-06 » for « 2026-12-05 »; a 29 February counts from 1 March). */
export function yearBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const sameDay = Date.UTC(year - 1, month - 1, Math.min(day, lastOfMonth));
  return new Date(sameDay + 86_400_000).toISOString().slice(0, 10);
}

export async function noteNetworkLife(ctx: BackendContext, roadmap: RoadmapDto): Promise<string[]> {
  if (!roadmap.instance) return [];
  const today = todayOf(ctx);
  const from = yearBefore(today);
  const life = await readNetworkLife(ctx, { instanceId: roadmap.instance.id, from, to: today });
  if (life.heldCount === 0 && life.cancelledCount === 0) return [];
  return networkLifeLines(life);
}
