import type { RoadmapMethod } from '../../../shared/roadmap/roadmapApi';
import type { HandlerGroup } from '../router/handlers';

export const roadmapHandlers: HandlerGroup<RoadmapMethod> = {};
