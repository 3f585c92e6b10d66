import { quoted } from '../../../../../shared/format/french';

/** The drag handle and the keyboard's way to move an item: « Monter » and « Descendre » (or Alt+↑ / Alt+↓). */
export function ReorderControls({
  title,
  handleProps,
  onStep,
  disabled,
}: {
  /** The item's title, so that each button says what it moves. */
  title: string;
  handleProps: Record<string, unknown>;
  onStep: (direction: 'up' | 'down') => void;
  disabled?: boolean;
}) {
  if (disabled) return null;
  const name = title || 'sans titre';
  return (
    <div className="reorder-controls">
      <span
        className="drag-handle"
        title="Glisser pour déplacer (ou Alt+↑ / Alt+↓)"
        aria-hidden="true"
        {...handleProps}
      >
        ⠿
      </span>
      <button
        type="button"
        className="btn btn-ghost reorder-button"
        aria-label={`Monter ${quoted(name)}`}
        title="Monter (Alt+↑)"
        onClick={() => onStep('up')}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-ghost reorder-button"
        aria-label={`Descendre ${quoted(name)}`}
        title="Descendre (Alt+↓)"
        onClick={() => onStep('down')}
      >
        ↓
      </button>
    </div>
  );
}
