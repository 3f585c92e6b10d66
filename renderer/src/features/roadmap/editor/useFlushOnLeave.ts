import { useEffect } from 'react';
import type { AutosaveQueue } from '../comfort/autosaveQueue';

/** Nothing typed is left behind: the queue is flushed when the screen goes away, and closing the window asks. */
export function useFlushOnLeave(queue: AutosaveQueue): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      void queue.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      // What could not be written yet keeps being retried after the screen is gone.
      void queue.flush().then(() => {
        if (!queue.hasUnsaved()) queue.dispose();
      });
    };
  }, [queue]);
}
