import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { findAction } from './roadmapDrafts';

/** The map without `key` (the same map when it had none). */
export function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

/** Keys name an element first (`action:12`, `action:12:role:5`, `objective:3`); others never go away. */
export function isGone(roadmap: RoadmapDto, key: string): boolean {
  const [kind, rawId] = key.split(':');
  const id = Number(rawId);
  switch (kind) {
    case 'objective':
      return !roadmap.objectives.some((o) => o.id === id);
    case 'chantier':
      return !roadmap.chantiers.some((c) => c.id === id);
    case 'action':
      return findAction(roadmap, id) === null;
    default:
      return false;
  }
}
