/**
 * The last changes, newest first, each with the operation that puts the previous value back. Typing in one
 * field gives one entry, not one per keystroke: while an entry is open (the field still has the focus), further
 * changes to the same key keep its original value; leaving the field seals it.
 */

export interface UndoEntry<Op> {
  /** What was changed (`action:12`, `objective:3:target`). */
  key: string;
  /** Told to the user after undoing: « Titre de l’action rétabli ». */
  label: string;
  /** Replayed through the API to put the previous value back. */
  undo: Op;
  open: boolean;
}

export interface UndoStack<Op> {
  entries: readonly UndoEntry<Op>[];
}

export const UNDO_LIMIT = 50;

export function emptyUndoStack<Op>(): UndoStack<Op> {
  return { entries: [] };
}

/**
 * Records a change. When the newest entry is still open on the same key, it is kept as it is (it already holds
 * the value from before the user started typing).
 */
export function recordChange<Op>(
  stack: UndoStack<Op>,
  change: { key: string; label: string; undo: Op; keepOpen?: boolean },
): UndoStack<Op> {
  const top = stack.entries[0];
  if (top && top.open && top.key === change.key) return stack;
  const sealed = top?.open ? [{ ...top, open: false }, ...stack.entries.slice(1)] : stack.entries;
  const entry: UndoEntry<Op> = {
    key: change.key,
    label: change.label,
    undo: change.undo,
    open: change.keepOpen ?? false,
  };
  return { entries: [entry, ...sealed].slice(0, UNDO_LIMIT) };
}

/** The user left the field: the next change to it is a new entry. */
export function sealChanges<Op>(stack: UndoStack<Op>, key?: string): UndoStack<Op> {
  const top = stack.entries[0];
  if (!top?.open || (key !== undefined && top.key !== key)) return stack;
  return { entries: [{ ...top, open: false }, ...stack.entries.slice(1)] };
}

/** The newest entry and the stack without it, or null when there is nothing to undo. */
export function takeUndo<Op>(stack: UndoStack<Op>): { entry: UndoEntry<Op>; rest: UndoStack<Op> } | null {
  const [entry, ...rest] = stack.entries;
  if (!entry) return null;
  return { entry, rest: { entries: rest } };
}

/** Drops the entries of things that no longer exist (a deleted action). */
export function forgetKeys<Op>(stack: UndoStack<Op>, isGone: (key: string) => boolean): UndoStack<Op> {
  const entries = stack.entries.filter((entry) => !isGone(entry.key));
  return entries.length === stack.entries.length ? stack : { entries };
}
