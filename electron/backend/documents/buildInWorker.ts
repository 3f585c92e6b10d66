import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentJob } from './documentJob';
import type { WorkerAnswer, WorkerReady, WorkerRequest } from './documentWorkerMessages';

/** Built next to the engine (`out/main/documentWorker.js`); absent when the engine runs from source (tests). */
const WORKER_PATH = join(import.meta.dirname, 'documentWorker.js');

/**
 * A worker left without a job for this long is ended: its memory goes back to the system. Meanwhile the
 * next document starts at once, with the builders loaded and warm (a new worker for each document loaded
 * docx and the rest every time: ≈ 0.4 s more for each 5,000-actor annuaire).
 */
const IDLE_MS = 30_000;

/**
 * A worker whose heap has grown past this after a job is ended as soon as it has no other: V8 lets the
 * garbage of document after document pile up (≈ 20 MB per annuaire) rather than collect it. The next
 * document starts a new worker. A 5,000-actor annuaire leaves its worker past 60 MB: four in a row peaked at
 * 290–293 MB instead of 308–324 MB with 80 MB here, each after the first taking ≈ 0.2 s more (0.89 s instead of
 * 0.68 s: the new worker loads the builders again).
 */
const RECYCLE_HEAP_BYTES = 60 * 1024 * 1024;

/** The Word file of a job, built in the engine's own thread (the builders load here on first use only). */
const inEngine = (job: DocumentJob): Promise<Uint8Array> =>
  import('./documentJob').then(({ bytesOfJob }) => bytesOfJob(job));

interface Pending {
  job: DocumentJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  /** Ended by the engine (idle, or grown too large): its exit is no failure. */
  ended: boolean;
  /** Whether the worker said its builders were loaded (`WorkerReady`). */
  ready: boolean;
  pending: Map<number, Pending>;
  idle: NodeJS.Timeout | null;
}

export interface DocumentBuilder {
  /**
   * The Word file of a job, built in the worker thread. One worker builds the documents one after the other
   * and stays ready for the next (`IDLE_MS`). A worker that fails or dies fails the jobs it held, with an Error
   * whose message the caller turns into French; the next document starts a new one. A worker that cannot even
   * start (it never said it was ready) leaves its jobs, and every later one, to the engine's own thread.
   */
  build(job: DocumentJob): Promise<Uint8Array>;
  /** Starts the worker ahead of the first document; nothing when one is there or when workers cannot start. */
  prepare(): void;
}

/** The documents' builder whose worker thread runs the file at `workerPath`. */
export function documentBuilder(workerPath: string): DocumentBuilder {
  let running: Running | null = null;
  let nextId = 0;
  /** Set when a worker failed before it was ready: the documents are then built in the engine's thread. */
  let unavailable = false;

  /** A worker that failed or died: its jobs fail, or go to the engine's thread when it never got ready. */
  function fail(state: Running, error: Error): void {
    if (state.ended) return;
    const jobs = [...state.pending.values()];
    state.pending.clear();
    end(state);
    if (!state.ready && !unavailable) {
      unavailable = true;
      console.warn(
        `[maillage] le fil des documents n’a pas pu démarrer (${error.message.slice(0, 200)})\u00a0: les documents seront fabriqués dans le moteur.`,
      );
    }
    for (const job of jobs)
      if (state.ready) job.reject(error);
      else inEngine(job.job).then(job.resolve, job.reject);
  }

  /** Ends a worker (without a job left, or failed); the next document starts a new one. */
  function end(state: Running): void {
    state.ended = true;
    if (running === state) running = null;
    if (state.idle) clearTimeout(state.idle);
    void state.worker.terminate();
  }

  function settled(state: Running): void {
    if (state.pending.size > 0) return;
    // An idle worker does not keep the engine alive, and ends after a while.
    state.worker.unref();
    state.idle = setTimeout(() => end(state), IDLE_MS);
    state.idle.unref();
  }

  function startWorker(): Running {
    const state: Running = {
      worker: new Worker(workerPath),
      ended: false,
      ready: false,
      pending: new Map(),
      idle: null,
    };
    state.worker.on('message', (message: WorkerAnswer | WorkerReady) => {
      if ('ready' in message) {
        state.ready = true;
        return;
      }
      const job = state.pending.get(message.id);
      if (!job) return;
      state.pending.delete(message.id);
      if (message.ok) job.resolve(message.bytes);
      else job.reject(new Error(message.detail));
      if (message.heapBytes > RECYCLE_HEAP_BYTES && state.pending.size === 0) end(state);
      else settled(state);
    });
    state.worker.once('error', (error) => fail(state, error));
    state.worker.once('exit', (code) =>
      fail(state, new Error(`le fil de fabrication s’est arrêté (code ${code})`)),
    );
    return state;
  }

  const usable = () => !unavailable && existsSync(workerPath);

  return {
    build(job) {
      if (!usable()) return inEngine(job);
      const state = (running ??= startWorker());
      if (state.idle) clearTimeout(state.idle);
      state.idle = null;
      state.worker.ref();
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        state.pending.set(id, { job, resolve, reject });
        const request: WorkerRequest = { id, job };
        state.worker.postMessage(request);
      });
    },
    prepare() {
      if (running || !usable()) return;
      running = startWorker();
      settled(running);
    },
  };
}

/**
 * The engine's builder: a worker thread when the engine runs built (the desktop window, the browser mode),
 * the engine's own thread when it runs from source.
 */
const engineBuilder = documentBuilder(WORKER_PATH);

export const buildDocumentBytes = (job: DocumentJob): Promise<Uint8Array> => engineBuilder.build(job);

/**
 * Starts the worker ahead of the first document (the Documents screen asks when it opens), so that the
 * builders are loaded by the time the user chooses one; an unused worker ends after `IDLE_MS`.
 */
export const prepareDocumentWorker = (): void => engineBuilder.prepare();
