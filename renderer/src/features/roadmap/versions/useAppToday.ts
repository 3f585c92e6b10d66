import { useEffect, useState } from 'react';
import { call } from '../../../api/client';

/** Today's date as the backend sees it (ISO), or null while asking. */
export function useAppToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void call('app.info', {}).then((result) => {
      if (!cancelled) setToday(result.ok ? result.data.today : null);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return today;
}
