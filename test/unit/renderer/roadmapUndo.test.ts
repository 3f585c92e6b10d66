import { describe, expect, it } from 'vitest';
import {
  emptyUndoStack,
  forgetKeys,
  recordChange,
  sealChanges,
  takeUndo,
  UNDO_LIMIT,
} from '../../../renderer/src/features/roadmap/comfort/undoStack';

type Op = { field: string; value: string };

describe('undo of the last changes', () => {
  it('gives back changes newest first', () => {
    let stack = emptyUndoStack<Op>();
    stack = recordChange(stack, {
      key: 'a',
      label: 'Titre',
      undo: { field: 'title', value: 'ancien titre' },
    });
    stack = recordChange(stack, { key: 'b', label: 'Cible', undo: { field: 'target', value: '10' } });
    const first = takeUndo(stack);
    expect(first?.entry.undo).toEqual({ field: 'target', value: '10' });
    const second = first ? takeUndo(first.rest) : null;
    expect(second?.entry.undo).toEqual({ field: 'title', value: 'ancien titre' });
    expect(second ? takeUndo(second.rest) : 'x').toBeNull();
  });

  it('typing a sentence in one field is one change, holding the value from before the first keystroke', () => {
    let stack = emptyUndoStack<Op>();
    for (const before of ['', 'A', 'At', 'Ate']) {
      stack = recordChange(stack, {
        key: 'raison',
        label: 'Raison d’être',
        undo: { field: 'raison', value: before },
        keepOpen: true,
      });
    }
    expect(stack.entries).toHaveLength(1);
    expect(takeUndo(stack)?.entry.undo.value).toBe('');
  });

  it('leaving the field closes the change: coming back makes a new one', () => {
    let stack = emptyUndoStack<Op>();
    stack = recordChange(stack, { key: 'r', label: 'R', undo: { field: 'r', value: '' }, keepOpen: true });
    stack = sealChanges(stack, 'r');
    stack = recordChange(stack, {
      key: 'r',
      label: 'R',
      undo: { field: 'r', value: 'Atelier' },
      keepOpen: true,
    });
    expect(stack.entries.map((e) => e.undo.value)).toEqual(['Atelier', '']);
  });

  it('a change to another field closes the open one', () => {
    let stack = emptyUndoStack<Op>();
    stack = recordChange(stack, { key: 'r', label: 'R', undo: { field: 'r', value: '' }, keepOpen: true });
    stack = recordChange(stack, { key: 's', label: 'S', undo: { field: 's', value: 'x' }, keepOpen: true });
    stack = recordChange(stack, { key: 'r', label: 'R', undo: { field: 'r', value: 'y' }, keepOpen: true });
    expect(stack.entries.map((e) => e.key)).toEqual(['r', 's', 'r']);
  });

  it('keeps only the last changes', () => {
    let stack = emptyUndoStack<Op>();
    for (let i = 0; i < UNDO_LIMIT + 10; i++) {
      stack = recordChange(stack, { key: `k${i}`, label: 'L', undo: { field: 'f', value: String(i) } });
    }
    expect(stack.entries).toHaveLength(UNDO_LIMIT);
    expect(stack.entries[0]?.undo.value).toBe(String(UNDO_LIMIT + 9));
  });

  it('forgets changes of something deleted', () => {
    let stack = emptyUndoStack<Op>();
    stack = recordChange(stack, { key: 'action:1', label: 'L', undo: { field: 'f', value: 'a' } });
    stack = recordChange(stack, { key: 'action:2', label: 'L', undo: { field: 'f', value: 'b' } });
    stack = forgetKeys(stack, (key) => key === 'action:1');
    expect(stack.entries.map((e) => e.key)).toEqual(['action:2']);
  });
});
