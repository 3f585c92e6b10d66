// Child process for confirmedSaves.test.ts: starts a 20,000-row import and sends saves before its write
// (confirmed, printed) and once its write has begun (they wait for the COMMIT); prints « EN COURS » as the
// write begins, then lets it run until the parent kills the process with SIGKILL.
import { readFileSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { onImportWriteStart } from '../../../electron/backend/interop/import/importJob';
import type { ImportJobDto } from '../../../shared/interop/importDto';
import { progressOf, savesDuringImport } from './savesDuringImport';

const [databasePath, csvPath] = [process.argv[2]!, process.argv[3]!];
const backend = createBackend({ databasePath });
const saves = savesDuringImport(backend, (save) => process.stdout.write(`CONFIRMÉ ${save.kind} ${save.n}\n`));
onImportWriteStart(backend.ctx, (job) => {
  saves.sendRound();
  // A write to a pipe is synchronous on Linux: the line has left before the first row is written.
  process.stdout.write(`EN COURS : écriture de ${job.total} lignes\n`);
});
const started = await backend.router.dispatch('import.start', {
  fileName: 'grand-fichier.csv',
  contentBase64: readFileSync(csvPath).toString('base64'),
});
if (!started.ok) throw new Error(started.error.message);
const job = started.data as ImportJobDto;
saves.sendRound();
for (;;) {
  const current = await progressOf(backend, job.jobId);
  if (current.state !== 'running') {
    process.stdout.write(`FINI ${current.state}\n`);
    process.exit(0);
  }
}
