import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { ActionRole } from '../../../../../shared/roadmap/roadmapVocabulary';
import { roadmapWarnings, type RoadmapWarning } from '../../../../../shared/roadmap/roadmapWarnings';
import type { AppError, Result } from '../../../../../shared/result';
import { call } from '../../../api/client';
import { AutosaveQueue, type AutosaveStatus, type SaveOutcome } from '../comfort/autosaveQueue';
import {
  emptyUndoStack,
  forgetKeys,
  recordChange,
  sealChanges,
  takeUndo,
  type UndoStack,
} from '../comfort/undoStack';
import {
  actionInputOf,
  chantierInputOf,
  currentDraft,
  draftKey,
  findAction,
  objectiveInputOf,
  textInputOf,
  withDrafts,
  type RoadmapDraft,
} from './roadmapDrafts';
import { isActionFieldRole, type UndoOperation } from './undoOperations';

export type EditorLoad = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready' };

/** An immediate change (create, delete, move, role): the call, then what « Annuler » would replay. */
type Answer = Result<RoadmapDto | { roadmap: RoadmapDto }>;

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
  reload: () => Promise<void>;
}

function roadmapOf(data: RoadmapDto | { roadmap: RoadmapDto }): RoadmapDto {
  return 'roadmap' in data ? data.roadmap : data;
}

function idOf(data: RoadmapDto | { roadmap: RoadmapDto }): number | null {
  return 'id' in data && typeof data.id === 'number' ? data.id : null;
}

/**
 * The roadmap being written: loads it, shows local edits at once, saves them in the background (autosave),
 * keeps the undo stack, and flushes everything before the screen goes away.
 */
export function useRoadmapEditor(): RoadmapEditor {
  const [load, setLoad] = useState<EditorLoad>({ state: 'loading' });
  const [server, setServer] = useState<RoadmapDto | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RoadmapDraft>>(new Map());
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' });
  const [refusals, setRefusals] = useState<ReadonlyMap<string, AppError>>(new Map());
  const [undoStack, setUndoStack] = useState<UndoStack<UndoOperation>>(emptyUndoStack());
  const [announcement, setAnnouncement] = useState('');
  const [today, setToday] = useState<string | null>(null);

  /** Answers are adopted in the order the calls were made: a late answer to an older call is ignored. */
  const sequence = useRef({ issued: 0, adopted: 0 });
  const [queue] = useState(() => new AutosaveQueue({ onStatus: setStatus }));

  const shown = useMemo(() => (server ? withDrafts(server, drafts.values()) : null), [server, drafts]);
  const warnings = useMemo(() => (shown ? roadmapWarnings(shown) : []), [shown]);

  // The latest values, for callbacks that outlive a render (saves finishing later, undo).
  const draftsRef = useRef(drafts);
  const undoRef = useRef(undoStack);
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    draftsRef.current = drafts;
    undoRef.current = undoStack;
    shownRef.current = shown;
  });

  const adopt = useCallback((roadmap: RoadmapDto, seq: number) => {
    if (seq < sequence.current.adopted) return;
    sequence.current.adopted = seq;
    setServer(roadmap);
  }, []);

  const send = useCallback(
    async (request: () => Promise<Answer>): Promise<Answer> => {
      const seq = ++sequence.current.issued;
      const answer = await request();
      if (answer.ok) adopt(roadmapOf(answer.data), seq);
      return answer;
    },
    [adopt],
  );

  const reload = useCallback(async () => {
    const result = await send(() => call('roadmap.get', {}));
    if (result.ok) setLoad({ state: 'ready' });
    else setLoad({ state: 'error', message: result.error.message });
  }, [send]);

  useEffect(() => {
    let cancelled = false;
    const seq = ++sequence.current.issued;
    void call('roadmap.get', {}).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        adopt(result.data, seq);
        setLoad({ state: 'ready' });
      } else setLoad({ state: 'error', message: result.error.message });
    });
    void call('app.info', {}).then((result) => {
      if (!cancelled) setToday(result.ok ? result.data.today : new Date().toISOString().slice(0, 10));
    });
    return () => {
      cancelled = true;
    };
  }, [adopt]);

  const saveDraft = useCallback(
    (draft: RoadmapDraft) => async (): Promise<SaveOutcome> => {
      const key = draftKey(draft);
      const answer = await send(() => {
        switch (draft.kind) {
          case 'text':
            return call('roadmap.updateText', textInputOf(draft, shownRef.current));
          case 'objective':
            return call('roadmap.saveObjective', objectiveInputOf(draft.objective));
          case 'chantier':
            return call('roadmap.saveChantier', chantierInputOf(draft.chantier));
          case 'action':
            return call('roadmap.saveAction', actionInputOf(draft.action));
        }
      });
      if (answer.ok) {
        setRefusals((current) => without(current, key));
        // The draft goes once the backend holds exactly it; a newer keystroke keeps its own draft.
        if (draftsRef.current.get(key) === draft) {
          setDrafts((current) => (current.get(key) === draft ? without(current, key) : current));
        }
        return { ok: true };
      }
      const refused = answer.error.code === 'invalid_input' || answer.error.code === 'not_found';
      if (refused) setRefusals((current) => new Map(current).set(key, answer.error));
      if (answer.error.code === 'not_found') {
        setDrafts((current) => without(current, key));
      }
      return {
        ok: false,
        message: answer.error.message,
        retry: !refused && answer.error.code !== 'conflict',
      };
    },
    [send],
  );

  const edit = useCallback(
    (draft: RoadmapDraft, label: string) => {
      const key = draftKey(draft);
      const before = shownRef.current ? currentDraft(shownRef.current, key) : null;
      if (before) {
        setUndoStack((stack) =>
          recordChange(stack, { key, label, undo: { kind: 'draft', draft: before }, keepOpen: true }),
        );
      }
      setDrafts((current) => new Map(current).set(key, draft));
      queue.edit(key, saveDraft(draft));
    },
    [queue, saveDraft],
  );

  const leave = useCallback(
    (key: string) => {
      setUndoStack((stack) => sealChanges(stack, key));
      void queue.flush(key);
    },
    [queue],
  );

  const run = useCallback<RoadmapEditor['run']>(
    async (request, undo) => {
      await queue.flush();
      const answer = await send(request);
      if (!answer.ok) return { ok: false, message: answer.error.message };
      if (undo) {
        setUndoStack((stack) =>
          recordChange(stack, { key: undo.key, label: undo.label, undo: undo.operation }),
        );
      }
      // Forget undo entries of elements that no longer exist (a deleted action or chantier).
      const roadmap = roadmapOf(answer.data);
      setUndoStack((stack) => forgetKeys(stack, (key) => isGone(roadmap, key)));
      return { ok: true, id: idOf(answer.data) };
    },
    [queue, send],
  );

  const setRole = useCallback(
    async (actionId: number, memberId: number, role: ActionRole | null) => {
      const roadmap = shownRef.current;
      const action = roadmap ? findAction(roadmap, actionId) : null;
      if (!roadmap || !action) return;
      const previousRole =
        roadmap.roles.find((r) => r.actionId === actionId && r.memberId === memberId)?.role ?? null;
      const member = roadmap.members.find((m) => m.id === memberId)?.name ?? 'ce membre';
      const result = await run(() => call('roadmap.setRole', { actionId, memberId, role }), {
        key: `action:${actionId}:role:${memberId}`,
        label: `rôle de ${member}`,
        operation: { kind: 'role', action, memberId, previousRole },
      });
      if (!result.ok) setAnnouncement(result.message);
    },
    [run],
  );

  const undo = useCallback(async () => {
    const taken = takeUndo(undoRef.current);
    if (!taken) return;
    setUndoStack(taken.rest);
    const { undo: operation, label } = taken.entry;
    let answer: Answer;
    await queue.flush();
    switch (operation.kind) {
      case 'draft': {
        const key = draftKey(operation.draft);
        setDrafts((current) => new Map(current).set(key, operation.draft));
        const outcome = await saveDraft(operation.draft)();
        setAnnouncement(outcome.ok ? `Annulé : ${label}.` : outcome.message);
        return;
      }
      case 'reorderObjectives':
        answer = await send(() => call('roadmap.reorderObjectives', { ids: operation.ids }));
        break;
      case 'reorderChantiers':
        answer = await send(() => call('roadmap.reorderChantiers', { ids: operation.ids }));
        break;
      case 'moveAction':
        answer = await send(() =>
          call('roadmap.moveAction', {
            id: operation.id,
            chantierId: operation.chantierId,
            position: operation.position,
          }),
        );
        break;
      case 'role': {
        answer = await send(() => call('roadmap.saveAction', actionInputOf(operation.action)));
        if (answer.ok && !isActionFieldRole(operation.previousRole)) {
          answer = await send(() =>
            call('roadmap.setRole', {
              actionId: operation.action.id,
              memberId: operation.memberId,
              role: operation.previousRole,
            }),
          );
        }
        break;
      }
    }
    setAnnouncement(answer.ok ? `Annulé : ${label}.` : answer.error.message);
  }, [queue, saveDraft, send]);

  // Nothing typed is left behind: flush when the screen goes away, and ask before closing the window.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      void queue.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      // What could not be written yet keeps being retried after the screen is gone.
      void queue.flush().then(() => {
        if (!queue.hasUnsaved()) queue.dispose();
      });
    };
  }, [queue]);

  return {
    load,
    roadmap: shown,
    status,
    today,
    warnings,
    refusals,
    canUndo: undoStack.entries.length > 0,
    undoLabel: undoStack.entries[0]?.label ?? null,
    announcement,
    announce: setAnnouncement,
    edit,
    leave,
    run,
    setRole,
    undo,
    reload,
  };
}

function without<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

/** Keys name an element first (`action:12`, `action:12:role:5`, `objective:3`); others never go away. */
function isGone(roadmap: RoadmapDto, key: string): boolean {
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
