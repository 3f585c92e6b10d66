import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentJob } from './documentJob';
import type { WorkerAnswer, WorkerRequest } from './documentWorkerMessages';

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
 * document starts a new worker.
 */
const RECYCLE_HEAP_BYTES = 80 * 1024 * 1024;

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
  idle: NodeJS.Timeout | null;
}

let running: Running | null = null;
let nextId = 0;

/** Every job still waiting on `state` fails with `error`; the worker is forgotten (a new one starts next time). */
function fail(state: Running, error: Error): void {
  if (running === state) running = null;
  if (state.idle) clearTimeout(state.idle);
  for (const job of state.pending.values()) job.reject(error);
  state.pending.clear();
  void state.worker.terminate();
}

/** Ends a worker without a job; the next document starts a new one. */
function end(state: Running): void {
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
  const state: Running = { worker: new Worker(WORKER_PATH), pending: new Map(), idle: null };
  state.worker.on('message', (answer: WorkerAnswer) => {
    const job = state.pending.get(answer.id);
    if (!job) return;
    state.pending.delete(answer.id);
    if (answer.ok) job.resolve(answer.bytes);
    else job.reject(new Error(answer.detail));
    if (answer.heapBytes > RECYCLE_HEAP_BYTES && state.pending.size === 0) end(state);
    else settled(state);
  });
  state.worker.once('error', (error) => fail(state, error));
  state.worker.once('exit', (code) =>
    fail(state, new Error(`le fil de fabrication s’est arrêté (code ${code})`)),
  );
  return state;
}

/**
 * The Word file of a job, built in a worker thread when the engine runs built (the desktop window, the
 * browser mode), in the engine's own thread otherwise. One worker builds the documents one after the other
 * and stays ready for the next (`IDLE_MS`). A worker that fails or dies fails the jobs it held, with an Error
 * whose message the caller turns into French; the next document starts a new one.
 */
export function buildDocumentBytes(job: DocumentJob): Promise<Uint8Array> {
  // From source: the builders load here, on first use only (docx weighs on the engine's start-up).
  if (!existsSync(WORKER_PATH)) return import('./documentJob').then(({ bytesOfJob }) => bytesOfJob(job));
  const state = (running ??= startWorker());
  if (state.idle) clearTimeout(state.idle);
  state.idle = null;
  state.worker.ref();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    const request: WorkerRequest = { id, job };
    state.worker.postMessage(request);
  });
}

/**
 * Starts the worker ahead of the first document (the Documents screen asks when it opens), so that the
 * builders are loaded by the time the user chooses one. Nothing when the engine runs from source, or when a
 * worker is already there; an unused worker ends after `IDLE_MS`.
 */
export function prepareDocumentWorker(): void {
  if (running || !existsSync(WORKER_PATH)) return;
  running = startWorker();
  settled(running);
}
