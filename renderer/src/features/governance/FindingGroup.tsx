import { useState, type ReactNode } from 'react';
import { countLabel } from '../../../../shared/format/french';

/** A group starts folded when it holds more open findings than this (the communes of a large EPCI). */
const OPEN_GROUP_LIMIT = 4;

/**
 * The findings of one rule under a heading that folds: open while it holds a few open findings, until the user
 * folds or unfolds it themselves. Assuming the last finding of a group does not fold it away under their eyes.
 */
export function FindingGroup({
  title,
  openCount,
  total,
  alwaysOpen = false,
  children,
}: {
  title: string;
  openCount: number;
  total: number;
  /** The priorities: unfolded at first whatever their number. */
  alwaysOpen?: boolean;
  children: ReactNode;
}) {
  const limit = alwaysOpen ? Number.POSITIVE_INFINITY : OPEN_GROUP_LIMIT;
  const [open, setOpen] = useState(openCount > 0 && openCount <= limit);
  const [touched, setTouched] = useState(false);
  const [seenCount, setSeenCount] = useState(openCount);
  if (seenCount !== openCount) {
    setSeenCount(openCount);
    if (!touched && openCount > 0) setOpen(openCount <= limit);
  }
  return (
    <details
      className="finding-group"
      open={open}
      onToggle={(event) => {
        // Also fired when React sets `open`: only a change the user made counts.
        if (event.currentTarget.open === open) return;
        setTouched(true);
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="finding-group-title">{title}</span>
        <span className={openCount > 0 ? 'badge badge-warning' : 'badge badge-muted'}>
          {openCount > 0
            ? countLabel(openCount, 'manque', 'manques')
            : countLabel(total, 'couvert quand même', 'couverts quand même')}
        </span>
        {openCount > 0 && openCount < total ? (
          <span className="badge badge-muted">
            {countLabel(total - openCount, 'couvert quand même', 'couverts quand même')}
          </span>
        ) : null}
      </summary>
      <ul className="findings">{children}</ul>
    </details>
  );
}
