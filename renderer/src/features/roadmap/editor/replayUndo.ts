import { call } from '../../../api/client';
import type { Answer } from './editorAnswer';
import { actionInputOf } from '../../../../../shared/roadmap/actionInputOf';
import { isActionFieldRole, type UndoOperation } from './undoOperations';

/**
 * Puts back what an immediate change did (an order, a move, a role), through `send` so that answers are
 * adopted in order. A field edit is undone by saving its previous draft, not here.
 */
export async function replayUndo(
  operation: Exclude<UndoOperation, { kind: 'draft' }>,
  send: (request: () => Promise<Answer>) => Promise<Answer>,
): Promise<Answer> {
  switch (operation.kind) {
    case 'reorderObjectives':
      return send(() => call('roadmap.reorderObjectives', { ids: operation.ids }));
    case 'reorderChantiers':
      return send(() => call('roadmap.reorderChantiers', { ids: operation.ids }));
    case 'moveAction':
      return send(() =>
        call('roadmap.moveAction', {
          id: operation.id,
          chantierId: operation.chantierId,
          position: operation.position,
        }),
      );
    case 'role': {
      const answer = await send(() => call('roadmap.saveAction', actionInputOf(operation.action)));
      if (!answer.ok || isActionFieldRole(operation.previousRole)) return answer;
      return send(() =>
        call('roadmap.setRole', {
          actionId: operation.action.id,
          memberId: operation.memberId,
          role: operation.previousRole,
        }),
      );
    }
  }
}
