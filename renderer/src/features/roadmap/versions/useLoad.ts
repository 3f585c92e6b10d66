import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../../shared/result';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/**
 * Loads one answer of the API for `key` (loading again when the key changes), reloads it on demand without
 * flashing « Chargement », and keeps a failure as its French message.
 */
export function useLoad<T>(
  load: () => Promise<Result<T>>,
  key: string,
): { loaded: Loaded<T>; reload: () => void; replace: (data: T) => void } {
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      setAnswer({
        key,
        loaded: result.ok
          ? { state: 'ready', data: result.data }
          : { state: 'error', message: result.error.message },
      });
    });
    return () => {
      cancelled = true;
    };
    // `load` is a new function at each render; the key (and a reload) say when to call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  const replace = useCallback((data: T) => setAnswer({ key, loaded: { state: 'ready', data } }), [key]);
  return { loaded: answer?.key === key ? answer.loaded : { state: 'loading' }, reload, replace };
}
