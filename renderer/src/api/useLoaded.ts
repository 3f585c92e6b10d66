import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode, Result } from '../../../shared/result';

/** One answer of the API as a screen shows it: waiting, failed (with its French message), or there. */
export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; code: ErrorCode; message: string } | { state: 'ready'; data: T };

export interface LoadedAnswer<T> {
  /** The answer for the current key: « loading » from the moment the key changes until its answer comes. */
  loaded: Loaded<T>;
  /** The last answer that came, whatever its key: screens that keep the previous answer while the next loads. */
  latest: Loaded<T>;
  /** The data of the last answer that succeeded, whatever its key (null before the first). */
  data: T | null;
  /** Asks again for the current key, keeping the present answer on screen until the new one comes. */
  reload: () => void;
  /** Puts data the screen already has (the answer of a save) in place of the loaded one. */
  replace: (data: T) => void;
  /** Changes the loaded data in place (one part of it saved); nothing while it is not loaded. */
  update: (change: (data: T) => T) => void;
}

const LOADING = { state: 'loading' } as const;

/**
 * Loads one answer of the API for `key`, asking again when the key changes (a null key asks nothing and stays
 * « loading »). An answer that comes after the key changed, after a reload or after the screen closed is dropped,
 * so a slow old answer never overwrites a newer one.
 */
export function useLoaded<T>(load: () => Promise<Result<T>>, key: string | null): LoadedAnswer<T> {
  /** The last answer, its key, and the data of the last one that succeeded. */
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T>; data: T | null } | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      setAnswer((previous) =>
        result.ok
          ? { key, loaded: { state: 'ready', data: result.data }, data: result.data }
          : {
              key,
              loaded: { state: 'error', code: result.error.code, message: result.error.message },
              data: previous?.data ?? null,
            },
      );
    });
    return () => {
      cancelled = true;
    };
    // `load` is a new function at each render; the key (and a reload) say when to call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  const replace = useCallback(
    (data: T) => {
      if (key !== null) setAnswer({ key, loaded: { state: 'ready', data }, data });
    },
    [key],
  );
  const update = useCallback(
    (change: (data: T) => T) =>
      setAnswer((current) => {
        if (current === null || current.key !== key || current.loaded.state !== 'ready') return current;
        const data = change(current.loaded.data);
        return { key, loaded: { state: 'ready', data }, data };
      }),
    [key],
  );
  return {
    loaded: answer !== null && answer.key === key ? answer.loaded : LOADING,
    latest: answer?.loaded ?? LOADING,
    data: answer?.data ?? null,
    reload,
    replace,
    update,
  };
}
