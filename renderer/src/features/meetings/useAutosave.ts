import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/result';

export type SaveState =
  { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; message: string };

/**
 * Saves a value a short while after the last change (and at once on `flush`, when a field is left), as the
 * other screens do: the user never presses « Enregistrer » for a meeting's fields.
 */
export function useAutosave<T>(save: (value: T) => Promise<AppError | null>, delay = 700) {
  const [status, setStatus] = useState<SaveState>({ state: 'saved' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<T | null>(null);

  const run = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus({ state: 'saving' });
    const failure = await save(value);
    setStatus(failure ? { state: 'error', message: failure.message } : { state: 'saved' });
  }, [save]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = value;
      setStatus({ state: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), delay);
    },
    [delay, run],
  );

  // What is typed just before the editor closes is saved, not lost.
  useEffect(() => () => void run(), [run]);

  return { status, schedule, flush: run };
}
