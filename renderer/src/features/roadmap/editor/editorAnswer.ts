import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { Result } from '../../../../../shared/result';

/** What a change of the roadmap answers: the whole roadmap, alone or with the id of what was created. */
export type Answer = Result<RoadmapDto | { roadmap: RoadmapDto }>;

export function roadmapOf(data: RoadmapDto | { roadmap: RoadmapDto }): RoadmapDto {
  return 'roadmap' in data ? data.roadmap : data;
}

export function idOf(data: RoadmapDto | { roadmap: RoadmapDto }): number | null {
  return 'id' in data && typeof data.id === 'number' ? data.id : null;
}
