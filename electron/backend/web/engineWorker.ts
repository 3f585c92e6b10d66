import { Worker } from 'node:worker_threads';
import type { EngineInit, LogLevel } from '../../../shared/api/engineMessages';
import { superviseEngine, type SupervisedEngine } from '../host/engineSupervisor';

/**
 * The browser mode runs the same built engine as the desktop window (`out/main/engine.js`), in a worker
 * thread: the HTTP server keeps answering (pages, progress, other calls) while an import or a Word document
 * is built.
 */
export function startEngineWorker(
  enginePath: string,
  init: Omit<EngineInit, 'type'>,
  log: (level: LogLevel, message: string) => void,
): SupervisedEngine {
  return superviseEngine(
    () => {
      const worker = new Worker(enginePath);
      worker.on('error', (error) => log('error', `Erreur du moteur : ${error.stack ?? String(error)}`));
      return {
        send: (message) => worker.postMessage(message),
        onMessage: (listener) => worker.on('message', listener),
        onExit: (listener) => worker.on('exit', listener),
        stop: async () => void (await worker.terminate()),
      };
    },
    init,
    log,
  );
}
