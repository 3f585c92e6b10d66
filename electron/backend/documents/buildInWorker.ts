import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentJob } from './documentJob';

/** Built next to the engine (`out/main/documentWorker.js`); absent when the engine runs from source (tests). */
const WORKER_PATH = join(import.meta.dirname, 'documentWorker.js');

type WorkerAnswer = { ok: true; bytes: Uint8Array } | { ok: false; detail: string };

/**
 * The Word file of a job, built in a worker thread when the engine runs built (the desktop window, the
 * browser mode), in the engine's own thread otherwise. A worker that fails or dies gives an Error whose
 * message the caller turns into French.
 */
export function buildDocumentBytes(job: DocumentJob): Promise<Uint8Array> {
  // From source: the builders load here, on first use only (docx weighs on the engine's start-up).
  if (!existsSync(WORKER_PATH)) return import('./documentJob').then(({ bytesOfJob }) => bytesOfJob(job));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_PATH);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => (answer.ok ? resolve(answer.bytes) : reject(new Error(answer.detail)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`le fil de fabrication s’est arrêté (code ${code})`))),
    );
    worker.postMessage(job);
  });
}
