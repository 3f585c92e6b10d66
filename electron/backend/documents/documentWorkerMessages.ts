import type { DocumentJob } from './documentJob';

/** What the engine and its document worker say to each other (`buildInWorker.ts`, `documentWorker.ts`). */
export interface WorkerRequest {
  /** Answers carry it back: several documents may be asked for before the first is done. */
  id: number;
  job: DocumentJob;
}

/** How one job ended: the Word file's bytes, or why it could not be built. */
export type WorkerOutcome = { id: number } & (
  { ok: true; bytes: Uint8Array } | { ok: false; detail: string }
);

/** Sent once by the worker when its builders are loaded: before it, a failure means the worker cannot run here. */
export interface WorkerReady {
  ready: true;
}

export type WorkerAnswer = WorkerOutcome & {
  /** The worker's heap after the job (V8's total heap size, in bytes). */
  heapBytes: number;
};
