import { useState, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ReorderControls } from '../comfort/ReorderControls';
import { useReorder } from '../comfort/useReorder';
import type { Answer } from '../editor/editorAnswer';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import type { UndoOperation } from '../editor/undoOperations';
import { AddByTitle } from './AddByTitle';

/**
 * A roadmap section made of a list of titled elements (objectives, chantiers): each numbered, moved up and
 * down (or dragged), refused saves shown under its head, deleted after a question; a new one added by its
 * title at the bottom. What each element holds comes from `body` and `foot`.
 */
export function ListSectionEditor<T extends { id: number; title: string }>({
  editor,
  items,
  readOnly,
  kind,
  scope,
  empty,
  listClassName,
  listLabel,
  itemClassName,
  itemLabel,
  head,
  body,
  foot,
  footClassName,
  reorder,
  add,
  deletion,
}: {
  editor: RoadmapEditor;
  items: readonly T[];
  readOnly: boolean;
  /** What names an element in editor keys (`objective` → `objective:12`). */
  kind: string;
  /** The element's name in the announcements of a move (« objectif »). */
  scope: string;
  empty: ReactNode;
  listClassName: string;
  listLabel?: string;
  itemClassName: string;
  itemLabel: (item: T, index: number) => string;
  head: (item: T, index: number) => ReactNode;
  /** The element's fields; `leave` saves them when the user leaves one. */
  body: (item: T, index: number, leave: () => void) => ReactNode;
  /** What comes before the delete button at the bottom of an element. */
  foot?: (item: T, index: number) => ReactNode;
  footClassName: string;
  reorder: {
    send: (ids: number[]) => Promise<Answer>;
    /** What « Annuler » says it puts back (« ordre des objectifs »). */
    label: string;
    undo: (ids: number[]) => UndoOperation;
  };
  add: { label: string; buttonLabel: string; placeholder: string; send: (title: string) => Promise<Answer> };
  deletion: {
    title: string;
    confirmLabel: string;
    buttonLabel: string;
    message: (item: T) => ReactNode;
    send: (item: T) => Promise<Answer>;
  };
}) {
  const [deleting, setDeleting] = useState<T | null>(null);
  const ids = items.map((item) => item.id);
  const moves = useReorder({
    ids,
    scope,
    disabled: readOnly,
    titleOf: (id) => items.find((item) => item.id === id)?.title ?? '',
    announce: editor.announce,
    onMove: async (_id, next) => {
      await editor.run(() => reorder.send(next), {
        key: `order:${kind}s`,
        label: reorder.label,
        operation: reorder.undo(ids),
      });
    },
  });

  return (
    <>
      {items.length === 0 ? (
        <p className="roadmap-empty">{empty}</p>
      ) : (
        <ol className={listClassName} aria-label={listLabel}>
          {items.map((item, index) => {
            const key = `${kind}:${item.id}`;
            return (
              <li
                key={item.id}
                className={itemClassName}
                data-reorder-item
                aria-label={itemLabel(item, index)}
                {...moves.itemProps(item.id)}
              >
                <div className="roadmap-card-head">
                  <span className="roadmap-card-number">{head(item, index)}</span>
                  <ReorderControls
                    title={item.title}
                    disabled={readOnly}
                    handleProps={moves.handleProps(item.id)}
                    onStep={(direction) => moves.step(item.id, direction)}
                  />
                </div>
                {editor.refusals.get(key) ? (
                  <p className="field-error">{editor.refusals.get(key)?.message}</p>
                ) : null}
                {body(item, index, () => editor.leave(key))}
                {readOnly ? null : (
                  <div className={footClassName}>
                    {foot?.(item, index)}
                    <Button variant="ghost" onClick={() => setDeleting(item)}>
                      {deletion.buttonLabel}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {readOnly ? null : (
        <AddByTitle
          label={add.label}
          buttonLabel={add.buttonLabel}
          placeholder={add.placeholder}
          onAdd={async (title) => {
            const result = await editor.run(() => add.send(title));
            return result.ok ? null : result.message;
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={deletion.title}
        confirmLabel={deletion.confirmLabel}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const item = deleting;
          setDeleting(null);
          if (item) void editor.run(() => deletion.send(item));
        }}
      >
        {deleting ? deletion.message(deleting) : ''}
      </ConfirmDialog>
    </>
  );
}
