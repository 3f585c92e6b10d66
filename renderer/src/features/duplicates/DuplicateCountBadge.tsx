import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { formatInteger } from '../../../../shared/format/french';
import './duplicates.css';

/** The number of likely duplicates next to the sidebar entry, read again at each change of screen. */
export function DuplicateCountBadge({ screen }: { screen: string }) {
  // The count shown stays until the next one comes (a failure keeps it).
  const { data } = useLoaded(() => call('duplicates.list', {}), screen);
  const count = data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge badge-warning duplicate-count" aria-label={`${formatInteger(count)} à examiner`}>
      {formatInteger(count)}
    </span>
  );
}
