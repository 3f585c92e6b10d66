// Child process for importKilled.test.ts: starts an import and reports when rows are being written,
// then waits to be killed (the parent sends SIGKILL mid-import).
import { readFileSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import type { ImportJobDto } from '../../../shared/interop/importDto';

const [databasePath, csvPath] = [process.argv[2]!, process.argv[3]!];
const csvBase64 = readFileSync(csvPath).toString('base64');
const backend = createBackend({ databasePath });
const started = await backend.router.dispatch('import.start', {
  fileName: 'grand-fichier.csv',
  contentBase64: csvBase64,
});
if (!started.ok) throw new Error(started.error.message);
const job = started.data as ImportJobDto;
for (;;) {
  await new Promise((resolve) => setImmediate(resolve));
  const progress = await backend.router.dispatch('import.progress', { jobId: job.jobId });
  const current = progress.ok ? (progress.data as ImportJobDto) : null;
  if (current && current.done > 0 && current.state === 'running') {
    process.stdout.write(`EN COURS ${current.done}/${current.total}\n`);
    // Keep the event loop busy with the job until the parent kills us.
    await new Promise(() => {});
  }
  if (current && current.state !== 'running') {
    process.stdout.write(`FINI ${current.state}\n`);
    process.exit(0);
  }
}
