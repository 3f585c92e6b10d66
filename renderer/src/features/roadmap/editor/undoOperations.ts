import type { ActionRole } from '../../../../../shared/roadmap/roadmapVocabulary';
import type { RoadmapActionDto } from '../../../../../shared/roadmap/roadmapDto';
import type { RoadmapDraft } from './roadmapDrafts';

/** What « Annuler » replays through the API to put back what was there before a change. */
export type UndoOperation =
  /** A field edit: the previous value of the whole element, saved again. */
  | { kind: 'draft'; draft: RoadmapDraft }
  | { kind: 'reorderObjectives'; ids: number[] }
  | { kind: 'reorderChantiers'; ids: number[] }
  | { kind: 'moveAction'; id: number; chantierId: number; position: number }
  /**
   * A change in the « qui fait quoi » matrix: the action as it was (its pilot and partners), then the member's
   * previous role when it was not one the action itself holds (financeur, contributeur, none).
   */
  | { kind: 'role'; action: RoadmapActionDto; memberId: number; previousRole: ActionRole | null };

/** Roles the action's own fields hold; the matrix mirrors them. */
export function isActionFieldRole(role: ActionRole | null): boolean {
  return role === 'pilote' || role === 'partenaire';
}
