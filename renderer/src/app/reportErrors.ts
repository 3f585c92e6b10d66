import { call } from '../api/client';

/**
 * Errors in the window reach Maillage's log file (through the engine), so that the day a screen breaks on a
 * laptop without IT support, the log says what happened. At most a few per session: a loop that fails at
 * every frame must not flood the log.
 */
const MAX_REPORTS = 20;
let reported = 0;

type Where = 'écran' | 'fenêtre' | 'promesse';

/** Sends one error to the log; answers the log file's path (or null when it could not be written). */
export async function reportError(where: Where, error: unknown): Promise<string | null> {
  if (reported >= MAX_REPORTS) return null;
  reported++;
  const message = error instanceof Error ? `${error.name}\u00a0: ${error.message}` : String(error);
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const result = await call('app.reportError', {
    where,
    message: message.slice(0, 2_000),
    stack: stack.slice(0, 8_000),
  });
  return result.ok ? result.data.logPath : null;
}

/** Script errors and unhandled promise rejections anywhere in the window. */
export function reportUncaughtErrors(): void {
  window.addEventListener('error', (event) => void reportError('fenêtre', event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => void reportError('promesse', event.reason));
}
