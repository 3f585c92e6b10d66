import { fail, type Result } from '../../../shared/result';
import type { EngineMessage, HostMessage, LogLevel } from '../../../shared/api/engineMessages';

/**
 * The host's side of the engine: numbers each request, matches each answer, and turns an engine that stops
 * into a French refusal for every call still waiting. The same code serves Electron's main process
 * (utilityProcess) and the browser mode (worker thread); only `send` differs.
 */
/** The engine could not open its database; `restorable`: a good backup exists and may be put back. */
export class EngineStartFailure extends Error {
  constructor(
    message: string,
    readonly restorable: boolean,
  ) {
    super(message);
  }
}

export interface RestoreOutcome {
  ok: boolean;
  message: string;
}

export interface EngineChannel {
  /** Resolves once the engine has opened its database, or rejects with the engine's French message. */
  ready: Promise<{ schemaVersion: number; migratedFrom: number | null }>;
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** The main process only: a file chosen in its « Ouvrir » dialog, read and kept by the engine. */
  stageFile(path: string, kind: string): Promise<Result<unknown>>;
  /** After a failed start: asks the engine to put the latest good backup in place of the file. */
  restoreLatest(): Promise<RestoreOutcome>;
  /** To be called with every message the engine posts. */
  receive(message: unknown): void;
  /** To be called when the engine process or thread has ended. */
  ended(reason: string): void;
  /** Asks the engine to close its database; resolves when it has, or after `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
  readonly pending: number;
}

export interface EngineChannelOptions {
  send(message: HostMessage): void;
  log(level: LogLevel, message: string): void;
}

export const ENGINE_STOPPED_MESSAGE =
  'Le moteur de Maillage s’est arrêté pendant cette action\u00a0; elle n’a pas abouti. Réessayez\u00a0: il redémarre de lui-même.';

export function createEngineChannel(options: EngineChannelOptions): EngineChannel {
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let isEnded = false;
  let onReady: (value: { schemaVersion: number; migratedFrom: number | null }) => void = () => {};
  let onFailed: (error: Error) => void = () => {};
  let onClosed: () => void = () => {};
  let onRestored: ((outcome: RestoreOutcome) => void) | null = null;
  const closed = new Promise<void>((resolve) => (onClosed = resolve));
  const ready = new Promise<{ schemaVersion: number; migratedFrom: number | null }>((resolve, reject) => {
    onReady = resolve;
    onFailed = reject;
  });
  // A start-up failure is read by whoever awaits `ready`; never an unhandled rejection.
  ready.catch(() => {});

  /** Sends a numbered message; its answer is the engine's `response` of the same id. */
  function ask(message: (id: number) => HostMessage): Promise<Result<unknown>> {
    if (isEnded) return Promise.resolve(fail('internal', ENGINE_STOPPED_MESSAGE));
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      try {
        options.send(message(id));
      } catch {
        waiting.delete(id);
        resolve(fail('invalid_input', 'Données impossibles à transmettre au moteur de Maillage.'));
      }
    });
  }

  return {
    ready,
    get pending() {
      return waiting.size;
    },
    dispatch(method, input) {
      return ask((id) => ({ type: 'request', id, method, input }));
    },
    stageFile(path, kind) {
      return ask((id) => ({ type: 'stageFile', id, path, kind }));
    },
    receive(message) {
      if (typeof message !== 'object' || message === null) return;
      const m = message as EngineMessage;
      switch (m.type) {
        case 'ready':
          onReady({ schemaVersion: m.schemaVersion, migratedFrom: m.migratedFrom });
          break;
        case 'failed':
          onFailed(new EngineStartFailure(m.message, m.restorable));
          break;
        case 'restored':
          onRestored?.({ ok: m.ok, message: m.message });
          onRestored = null;
          break;
        case 'response': {
          const resolve = waiting.get(m.id);
          waiting.delete(m.id);
          resolve?.(m.result);
          break;
        }
        case 'log':
          options.log(m.level, m.message);
          break;
        case 'closed':
          onClosed();
          break;
      }
    },
    restoreLatest() {
      if (isEnded) return Promise.resolve({ ok: false, message: ENGINE_STOPPED_MESSAGE });
      return new Promise((resolve) => {
        onRestored = resolve;
        options.send({ type: 'restoreLatest' });
      });
    },
    ended(reason) {
      if (isEnded) return;
      isEnded = true;
      onRestored?.({ ok: false, message: ENGINE_STOPPED_MESSAGE });
      onFailed(new EngineStartFailure(reason, false));
      onClosed();
      for (const resolve of waiting.values()) resolve(fail('internal', ENGINE_STOPPED_MESSAGE));
      waiting.clear();
    },
    async close(timeoutMs = 5_000) {
      if (isEnded) return;
      try {
        options.send({ type: 'close' });
      } catch {
        return;
      }
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
    },
  };
}
