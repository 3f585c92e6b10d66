import type { RoadmapActionDto } from './roadmapDto';
import type { ActionInput } from './roadmapSchemas';

/**
 * A fiche action as the roadmap's save takes it, every field as it stands: what the roadmap screen sends when one
 * field changes, and what a meeting's follow-up action sends when it moves a fiche's status and progress.
 */
export function actionInputOf(action: RoadmapActionDto): ActionInput {
  return {
    id: action.id,
    chantierId: action.chantierId,
    title: action.title,
    objectiveId: action.objectiveId,
    description: action.description,
    pilotMemberId: action.pilotMemberId,
    partnerMemberIds: action.partnerMemberIds,
    publics: action.publics,
    communeCodes: action.communeCodes,
    start: action.start,
    end: action.end,
    budget: action.budget,
    fundings: action.fundings.map(({ source, amount, status, note }) => ({ source, amount, status, note })),
    indicators: action.indicators.map(({ label, unit, target, actual, computed }) => ({
      label,
      unit,
      target,
      actual,
      computed: computed ? { measure: computed.measure, themes: computed.themes } : null,
    })),
    status: action.status,
    progress: action.progress,
  };
}
