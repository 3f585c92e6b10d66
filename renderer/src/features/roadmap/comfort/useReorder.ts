import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { dropMove, edgeAnnouncement, moveAnnouncement, stepMove } from './reorder';

export interface ReorderOptions<Id extends number> {
  /** The ids in their current order. */
  ids: readonly Id[];
  titleOf: (id: Id) => string;
  /** Writes the new order; `position` is the moved item's new 0-based index. */
  onMove: (id: Id, ids: Id[], position: number) => void | Promise<void>;
  announce: (text: string) => void;
  /** A name for the drag data, so that a card of one list is not dropped in another. */
  scope: string;
  disabled?: boolean;
}

/**
 * Reordering a list by drag and drop (on a handle) and by keyboard (« Monter » / « Descendre » buttons, or
 * Alt+↑ / Alt+↓ anywhere in an item), with the focus kept on what the user was on, and the new position said
 * through the aria-live region.
 */
export function useReorder<Id extends number>({
  ids,
  titleOf,
  onMove,
  announce,
  scope,
  disabled,
}: ReorderOptions<Id>) {
  const [dragged, setDragged] = useState<Id | null>(null);
  const [over, setOver] = useState<{ id: Id; half: 'upper' | 'lower' } | null>(null);
  const focusAfterMove = useRef<HTMLElement | null>(null);
  const order = ids.join(',');

  useLayoutEffect(() => {
    const element = focusAfterMove.current;
    if (element && element.isConnected && document.activeElement !== element) element.focus();
    focusAfterMove.current = null;
  }, [order]);

  const step = (id: Id, direction: 'up' | 'down') => {
    if (disabled) return;
    const move = stepMove(ids, id, direction);
    if (!move) {
      announce(edgeAnnouncement(titleOf(id), direction));
      return;
    }
    focusAfterMove.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void onMove(id, move.ids, move.position);
    announce(moveAnnouncement(titleOf(id), move.position, ids.length));
  };

  const halfOf = (event: DragEvent<HTMLElement>): 'upper' | 'lower' => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'upper' : 'lower';
  };

  return {
    /** Spread on each item (the drop target, and where Alt+↑/↓ works). */
    itemProps: (id: Id) => ({
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        event.stopPropagation();
        step(id, event.key === 'ArrowUp' ? 'up' : 'down');
      },
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (dragged === null || !event.dataTransfer.types.includes(`application/x-maillage-${scope}`)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const half = halfOf(event);
        if (over?.id !== id || over.half !== half) setOver({ id, half });
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (dragged === null) return;
        event.preventDefault();
        const move = dropMove(ids, dragged, id, halfOf(event));
        setDragged(null);
        setOver(null);
        if (!move) return;
        void onMove(dragged, move.ids, move.position);
        announce(moveAnnouncement(titleOf(dragged), move.position, ids.length));
      },
      'data-drop':
        over?.id === id && dragged !== id ? (over.half === 'upper' ? 'avant' : 'apres') : undefined,
      'data-dragging': dragged === id ? 'oui' : undefined,
    }),
    /** Spread on the drag handle. */
    handleProps: (id: Id) => ({
      draggable: !disabled,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(`application/x-maillage-${scope}`, String(id));
        event.dataTransfer.setData('text/plain', titleOf(id));
        const item = event.currentTarget.closest<HTMLElement>('[data-reorder-item]');
        if (item) event.dataTransfer.setDragImage(item, 16, 16);
        setDragged(id);
      },
      onDragEnd: () => {
        setDragged(null);
        setOver(null);
      },
    }),
    step,
  };
}
