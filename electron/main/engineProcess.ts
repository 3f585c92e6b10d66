import { app, utilityProcess } from 'electron';
import { join } from 'node:path';
import type { EngineInit, LogLevel } from '../../shared/api/engineMessages';
import { superviseEngine, type SupervisedEngine } from '../backend/host/engineSupervisor';

export const ENGINE_PATH = join(import.meta.dirname, 'engine.js');

/**
 * The engine (database, imports, documents, charts) in Electron's utilityProcess: the main process only
 * relays messages, so a long import or a Word document never freezes the window.
 */
export function startEngineProcess(
  init: Omit<EngineInit, 'type'>,
  log: (level: LogLevel, message: string) => void,
): SupervisedEngine {
  return superviseEngine(
    () => {
      const child = utilityProcess.fork(ENGINE_PATH, [], {
        serviceName: 'Moteur Maillage',
        stdio: 'inherit',
        // The engine's compiled code, kept between starts (electron/backend/host/engineEntry.ts).
        env: { ...process.env, MAILLAGE_COMPILE_CACHE: join(app.getPath('userData'), 'cache-moteur') },
      });
      return {
        send: (message) => child.postMessage(message),
        onMessage: (listener) => child.on('message', listener),
        onExit: (listener) => child.on('exit', listener),
        stop: () => void child.kill(),
      };
    },
    init,
    log,
  );
}
