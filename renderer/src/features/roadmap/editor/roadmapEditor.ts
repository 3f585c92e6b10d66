import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { ActionRole } from '../../../../../shared/roadmap/roadmapVocabulary';
import type { RoadmapWarning } from '../../../../../shared/roadmap/roadmapWarnings';
import type { AppError } from '../../../../../shared/result';
import type { AutosaveStatus } from '../comfort/autosaveQueue';
import type { Answer } from './editorAnswer';
import type { RoadmapDraft } from './roadmapDrafts';
import type { UndoOperation } from './undoOperations';

export type EditorLoad = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready' };

export interface RoadmapEditor {
  load: EditorLoad;
  /** The backend's roadmap with what the user typed laid over it. */
  roadmap: RoadmapDto | null;
  status: AutosaveStatus;
  /** Today for the app (ISO date, from the backend's clock), once known. */
  today: string | null;
  /** What looks wrong in what is shown (never blocks a save). */
  warnings: readonly RoadmapWarning[];
  /** Messages of refused saves, by key (`action:12`), shown next to the element. */
  refusals: ReadonlyMap<string, AppError>;
  canUndo: boolean;
  /** What « Annuler » would put back (« titre de la feuille de route »), or null. */
  undoLabel: string | null;
  /** What the last undo or move did, for the aria-live region. */
  announcement: string;
  announce: (text: string) => void;
  /** A field changed: shown at once, saved after a pause, one undo entry per stay in the field. */
  edit: (draft: RoadmapDraft, label: string) => void;
  /** The user left a field: save now, and close its undo entry. */
  leave: (key: string) => void;
  /** A change that goes to the backend at once (after what is waiting), recorded for undo when given. */
  run: (
    send: () => Promise<Answer>,
    undo?: { key: string; label: string; operation: UndoOperation },
  ) => Promise<{ ok: true; id: number | null } | { ok: false; message: string }>;
  setRole: (actionId: number, memberId: number, role: ActionRole | null) => Promise<void>;
  undo: () => Promise<void>;
  /** Reads the roadmap again (after a signature, a version restored), keeping it on screen meanwhile. */
  reload: () => void;
}
