import { parentPort } from 'node:worker_threads';
import { bytesOfJob, type DocumentJob } from './documentJob';

/**
 * A worker thread of the engine that turns one document's data into its Word file: the tree of a 5,000-actor
 * annuaire and its zip take seconds, during which the engine goes on answering the window.
 */
parentPort?.once('message', (job: DocumentJob) => {
  bytesOfJob(job).then(
    (bytes) => parentPort!.postMessage({ ok: true, bytes }),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200),
      }),
  );
});
