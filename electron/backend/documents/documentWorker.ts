import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { bytesOfJob } from './documentJob';
import type { WorkerAnswer, WorkerOutcome, WorkerReady, WorkerRequest } from './documentWorkerMessages';

/**
 * The engine's worker thread that turns documents' data into their Word files, one after the other: the text
 * and zip of a 5,000-actor annuaire take a second, during which the engine goes on answering the window. It
 * stays for the next document until the engine ends it (`buildInWorker.ts`).
 */
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, job }: WorkerRequest) => {
  queue = queue.then(async () => {
    let answer: WorkerOutcome;
    try {
      answer = { id, ok: true, bytes: await bytesOfJob(job) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      answer = { id, ok: false, detail: detail.slice(0, 200) };
    }
    const { buffer, byteOffset, byteLength } = answer.ok ? answer.bytes : new Uint8Array();
    // The file's bytes move to the engine without a copy when they are a buffer of their own.
    const own = answer.ok && byteOffset === 0 && byteLength === buffer.byteLength;
    const message: WorkerAnswer = { ...answer, heapBytes: getHeapStatistics().total_heap_size };
    parentPort!.postMessage(message, own ? [buffer as ArrayBuffer] : []);
  });
});

// The builders are loaded (static imports above): the engine may count on this worker from now on.
const ready: WorkerReady = { ready: true };
parentPort?.postMessage(ready);
