import type { MeetingActionDto } from '../../../../shared/meetings/meetingsDto';
import type { MeetingActionSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import type { ActionStatus } from '../../../../shared/roadmap/roadmapVocabulary';

/**
 * A meeting's follow-up action as its forms hold it, and the input each sends: the new action's form (with what
 * it does to the feuille de route), and an action's row edited in place (its link and its « faite » kept).
 */

export type Effect = 'none' | 'update' | 'create';

export interface ActionDraft {
  what: string;
  who: string;
  dueOn: string;
  roadmapActionId: string;
  effect: Effect;
  status: ActionStatus;
  progress: string;
  chantierId: string;
}

export const EMPTY_ACTION_DRAFT: ActionDraft = {
  what: '',
  who: '',
  dueOn: '',
  roadmapActionId: '',
  effect: 'none',
  status: 'en_cours',
  progress: '',
  chantierId: '',
};

export function inputOf(
  meetingId: number,
  draft: ActionDraft,
  action: MeetingActionDto | null,
): MeetingActionSaveInput {
  return {
    id: action?.id,
    meetingId,
    what: draft.what,
    who: draft.who || null,
    dueOn: draft.dueOn || null,
    done: action?.doneOn != null,
    roadmapActionId: draft.roadmapActionId ? Number(draft.roadmapActionId) : null,
    roadmap:
      draft.effect === 'update'
        ? { kind: 'update', status: draft.status, progress: Number(draft.progress || 0) }
        : draft.effect === 'create'
          ? { kind: 'create', chantierId: Number(draft.chantierId) }
          : { kind: 'none' },
  };
}

export interface RowDraft {
  what: string;
  who: string;
  dueOn: string;
}

/** An action as edited in its row: its link to a fiche action is kept, `done` as given. */
export const rowInput = (
  action: Pick<MeetingActionDto, 'id' | 'roadmapActionId'>,
  meetingId: number,
  row: RowDraft,
  done: boolean,
): MeetingActionSaveInput => ({
  id: action.id,
  meetingId,
  what: row.what,
  who: row.who.trim() || null,
  dueOn: row.dueOn || null,
  done,
  roadmapActionId: action.roadmapActionId,
});
