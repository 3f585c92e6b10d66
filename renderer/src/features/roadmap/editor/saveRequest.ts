import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { call } from '../../../api/client';
import type { Answer } from './editorAnswer';
import { actionInputOf } from '../../../../../shared/roadmap/actionInputOf';
import { chantierInputOf, objectiveInputOf, textInputOf, type RoadmapDraft } from './roadmapDrafts';

/** The call that saves one draft: the roadmap's texts, an objective, a chantier or an action. */
export function saveRequest(draft: RoadmapDraft, shown: RoadmapDto | null): Promise<Answer> {
  switch (draft.kind) {
    case 'text':
      return call('roadmap.updateText', textInputOf(draft, shown));
    case 'objective':
      return call('roadmap.saveObjective', objectiveInputOf(draft.objective));
    case 'chantier':
      return call('roadmap.saveChantier', chantierInputOf(draft.chantier));
    case 'action':
      return call('roadmap.saveAction', actionInputOf(draft.action));
  }
}
