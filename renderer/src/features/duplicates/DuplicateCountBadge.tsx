import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { formatInteger } from '../../../../shared/format/french';
import './duplicates.css';

/** The number of likely duplicates next to the sidebar entry, read again at each change of screen. */
export function DuplicateCountBadge({ screen }: { screen: string }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void call('duplicates.list', {}).then((result) => {
      if (!cancelled && result.ok) setCount(result.data.length);
    });
    return () => {
      cancelled = true;
    };
  }, [screen]);
  if (count === 0) return null;
  return (
    <span className="badge badge-warning duplicate-count" aria-label={`${formatInteger(count)} à examiner`}>
      {formatInteger(count)}
    </span>
  );
}
