import { parentPort as workerPort } from 'node:worker_threads';
import type { EngineMessage, HostMessage } from '../../../shared/api/engineMessages';

/**
 * The engine's line to its host, whichever runs it: Electron's utilityProcess gives `process.parentPort`
 * (messages arrive as events with `.data`), the browser mode runs it in a worker thread.
 */
export interface EnginePort {
  post(message: EngineMessage): void;
  onMessage(listener: (message: HostMessage) => void): void;
}

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function connectEnginePort(): EnginePort {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (message) => electronPort.postMessage(message),
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as HostMessage)),
    };
  }
  if (workerPort) {
    const port = workerPort;
    return {
      post: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (data) => listener(data as HostMessage)),
    };
  }
  throw new Error(
    'Le moteur de Maillage doit être lancé par la fenêtre de Maillage ou par le mode navigateur.',
  );
}
