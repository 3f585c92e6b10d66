// Why this hook stays near 200 lines: it is already split by idea (drafts, save requests, undo replay, keys,
// flush on leave and the editor's type live next to it); what remains is the one state machine they share —
// the call order, the drafts, the undo stack and the autosave queue read each other through refs, and cutting
// it further would pass that state between hooks and make the order of answers harder to follow.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { ActionRole } from '../../../../../shared/roadmap/roadmapVocabulary';
import { roadmapWarnings } from '../../../../../shared/roadmap/roadmapWarnings';
import type { AppError } from '../../../../../shared/result';
import { call } from '../../../api/client';
import { useLoaded } from '../../../api/useLoaded';
import { AutosaveQueue, type AutosaveStatus, type SaveOutcome } from '../comfort/autosaveQueue';
import {
  emptyUndoStack,
  forgetKeys,
  recordChange,
  sealChanges,
  takeUndo,
  type UndoStack,
} from '../comfort/undoStack';
import { idOf, roadmapOf, type Answer } from './editorAnswer';
import type { EditorLoad, RoadmapEditor } from './roadmapEditor';
import { isGone, without } from './editorKeys';
import { replayUndo } from './replayUndo';
import { currentDraft, draftKey, findAction, withDrafts, type RoadmapDraft } from './roadmapDrafts';
import { saveRequest } from './saveRequest';
import type { UndoOperation } from './undoOperations';
import { useFlushOnLeave } from './useFlushOnLeave';
import { localToday } from '../../../app/localToday';

export type { EditorLoad, RoadmapEditor } from './roadmapEditor';

/**
 * The roadmap being written: loads it, shows local edits at once, saves them in the background (autosave),
 * keeps the undo stack, and flushes everything before the screen goes away.
 */
export function useRoadmapEditor(): RoadmapEditor {
  const [server, setServer] = useState<RoadmapDto | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RoadmapDraft>>(new Map());
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' });
  const [refusals, setRefusals] = useState<ReadonlyMap<string, AppError>>(new Map());
  const [undoStack, setUndoStack] = useState<UndoStack<UndoOperation>>(emptyUndoStack());
  const [announcement, setAnnouncement] = useState('');

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

  // The roadmap is read through `send`, so that an answer older than a save already adopted is ignored.
  const roadmapLoad = useLoaded(() => send(() => call('roadmap.get', {})), 'feuille-de-route');
  const load: EditorLoad = roadmapLoad.loaded.state === 'ready' ? { state: 'ready' } : roadmapLoad.loaded;
  const reload = roadmapLoad.reload;
  const info = useLoaded(() => call('app.info', {}), 'aujourd’hui');
  // Without the backend's clock, the computer's.
  const today =
    info.loaded.state === 'ready'
      ? info.loaded.data.today
      : info.loaded.state === 'error'
        ? localToday()
        : null;

  const saveDraft = useCallback(
    (draft: RoadmapDraft) => async (): Promise<SaveOutcome> => {
      const key = draftKey(draft);
      const answer = await send(() => saveRequest(draft, shownRef.current));
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
    await queue.flush();
    if (operation.kind === 'draft') {
      const key = draftKey(operation.draft);
      setDrafts((current) => new Map(current).set(key, operation.draft));
      const outcome = await saveDraft(operation.draft)();
      setAnnouncement(outcome.ok ? `Annulé\u00a0: ${label}.` : outcome.message);
      return;
    }
    const answer = await replayUndo(operation, send);
    setAnnouncement(answer.ok ? `Annulé\u00a0: ${label}.` : answer.error.message);
  }, [queue, saveDraft, send]);

  useFlushOnLeave(queue);

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
