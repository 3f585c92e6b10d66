import type { RoadmapActionDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { call } from '../../../api/client';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';

/** A change to the action being edited, named for the undo list (« intitulé », « pilote »…). */
export type ActionChange = (patch: Partial<RoadmapActionDto>, what: string) => void;

/** What each part of the fiche action receives from the editor around it. */
export interface ActionPartProps {
  roadmap: RoadmapDto;
  action: RoadmapActionDto;
  readOnly: boolean;
  /** For typing: saved as the user types, one undo entry when the field is left. */
  change: ActionChange;
  /** For a choice (select, list): saved at once, one undo entry. */
  choose: ActionChange;
  leave: () => void;
  /** The warnings on one field of the action. */
  at: (field: string) => string[];
}

/** Moves the action to the end of another chantier; undo puts it back where it was. */
export function moveAction(editor: RoadmapEditor, action: RoadmapActionDto, chantierId: number): void {
  void editor.run(() => call('roadmap.moveAction', { id: action.id, chantierId, position: 10_000 }), {
    key: `order:action:${action.id}`,
    label: 'changement de chantier',
    operation: {
      kind: 'moveAction',
      id: action.id,
      chantierId: action.chantierId,
      position: action.position,
    },
  });
}
