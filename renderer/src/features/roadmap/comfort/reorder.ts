import { quoted } from '../../../../../shared/format/french';

/** Reordering a list by drag and drop or by keyboard, as plain functions over ids. */

/** `ids` with the item at `from` moved to `to` (both indexes in the list before the move). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1) as [T];
  const target = Math.max(0, Math.min(to, next.length));
  next.splice(target, 0, moved);
  return next;
}

/** One step up or down (« Monter », « Descendre », Alt+↑/↓); null at either end, where nothing moves. */
export function stepMove<Id>(
  ids: readonly Id[],
  id: Id,
  direction: 'up' | 'down',
): { ids: Id[]; position: number } | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  return { ids: moveItem(ids, from, to), position: to };
}

/**
 * Where a dragged item lands when dropped on `overId`: before it in the upper half, after it in the lower half.
 * Null when the drop changes nothing.
 */
export function dropMove<Id>(
  ids: readonly Id[],
  draggedId: Id,
  overId: Id,
  half: 'upper' | 'lower',
): { ids: Id[]; position: number } | null {
  const from = ids.indexOf(draggedId);
  const over = ids.indexOf(overId);
  if (from < 0 || over < 0 || draggedId === overId) return null;
  const without = ids.filter((id) => id !== draggedId);
  const overAfterRemoval = without.indexOf(overId);
  const position = half === 'upper' ? overAfterRemoval : overAfterRemoval + 1;
  const next = [...without.slice(0, position), draggedId, ...without.slice(position)];
  if (next.every((id, index) => id === ids[index])) return null;
  return { ids: next, position };
}

/** Said by the screen reader after a move: « « Ateliers seniors » : position 2 sur 5. » */
export function moveAnnouncement(title: string, position: number, count: number): string {
  return `${quoted(title || 'Sans titre')}\u00a0: position ${position + 1} sur ${count}.`;
}

/** Said when the item is already first or last. */
export function edgeAnnouncement(title: string, direction: 'up' | 'down'): string {
  return `${quoted(title || 'Sans titre')} est déjà ${direction === 'up' ? 'en premier' : 'en dernier'}.`;
}
