import type { Backend } from '../../../electron/backend/backend';
import { gateOf } from '../../../electron/backend/db/databaseGate';

/**
 * A call that reads for long, as a Word document reading its data: it holds the database gate shared until
 * `end()`, so that an import started meanwhile waits for it (phase `waiting`) and can still be cancelled.
 */
export function holdLongRead(backend: Backend): { end: () => Promise<void> } {
  let release: () => void = () => {};
  const reading = new Promise<void>((resolve) => (release = resolve));
  const held = gateOf(backend.ctx).shared(() => reading);
  return {
    end: async () => {
      release();
      await held;
    },
  };
}
