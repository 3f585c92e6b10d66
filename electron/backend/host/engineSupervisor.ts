import type { Result } from '../../../shared/result';
import { createEngineChannel, type EngineChannel, type RestoreOutcome } from './engineChannel';
import type { EngineInit, HostMessage, LogLevel } from '../../../shared/api/engineMessages';

/** One running engine as its host sees it: Electron's utilityProcess or a Node worker thread. */
export interface LaunchedEngine {
  send(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  stop(): Promise<void> | void;
}

export interface SupervisedEngine {
  /** Resolves once the database is open; rejects with an `EngineStartFailure` (French message). */
  ready: Promise<unknown>;
  /**
   * After a failed start on a damaged file: the engine puts the latest good backup in its place, then a fresh
   * engine opens it (`ready` is the new engine's).
   */
  restoreLatestAndRestart(): Promise<RestoreOutcome>;
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** The main process only: a file chosen in its « Ouvrir » dialog (`uploads/fileFromDisk.ts`). */
  stageFile(path: string, kind: string): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/**
 * Keeps one engine running for a host: starts it with `init`, relays calls, logs an unexpected stop (the
 * calls it was answering get a French refusal) and starts a fresh engine on the next call.
 */
export function superviseEngine(
  launch: () => LaunchedEngine,
  init: Omit<EngineInit, 'type'>,
  log: (level: LogLevel, message: string) => void,
): SupervisedEngine {
  let current: { engine: LaunchedEngine; channel: EngineChannel } | null = null;
  let closing = false;
  /** Engines asked to stop: their exit is expected, not an incident. */
  const stopping = new Set<LaunchedEngine>();

  function start(): EngineChannel {
    const engine = launch();
    const channel = createEngineChannel({ send: (message) => engine.send(message), log });
    engine.onMessage((message) => channel.receive(message));
    engine.onExit((code) => {
      if (!closing && !stopping.has(engine)) log('error', `Le moteur s’est arrêté (code ${code}).`);
      channel.ended(`Le moteur s’est arrêté (code ${code}).`);
      if (current?.engine === engine) current = null;
    });
    engine.send({ type: 'init', ...init });
    current = { engine, channel };
    return channel;
  }

  const first = start();
  const supervised: SupervisedEngine = {
    ready: first.ready,
    async restoreLatestAndRestart() {
      if (!current) start();
      const running = current!;
      const outcome = await running.channel.restoreLatest();
      if (!outcome.ok) return outcome;
      // The engine that failed keeps no connection worth keeping: a fresh one opens the restored file.
      stopping.add(running.engine);
      await running.channel.close();
      await running.engine.stop();
      supervised.ready = start().ready;
      return outcome;
    },
    dispatch: (method, input) => (current?.channel ?? start()).dispatch(method, input),
    stageFile: (path, kind) => (current?.channel ?? start()).stageFile(path, kind),
    async close() {
      closing = true;
      const running = current;
      if (!running) return;
      await running.channel.close();
      await running.engine.stop();
    },
  };
  return supervised;
}
