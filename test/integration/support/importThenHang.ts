// Child process for importKilled.test.ts: starts an import and prints « EN COURS » as its write begins (the
// gate is held, BEGIN comes next), then lets it run until the parent kills the process with SIGKILL.
import { readFileSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { onImportWriteStart } from '../../../electron/backend/interop/import/importJob';
import type { ImportJobDto } from '../../../shared/interop/importDto';
import { waitForImport } from './importJob';

const [databasePath, csvPath] = [process.argv[2]!, process.argv[3]!];
const backend = createBackend({ databasePath });
onImportWriteStart(backend.ctx, (job) => {
  // A write to a pipe is synchronous on Linux: the line has left before the first row is written.
  process.stdout.write(`EN COURS : écriture de ${job.total} lignes\n`);
});
const started = await backend.router.dispatch('import.start', {
  fileName: 'grand-fichier.csv',
  contentBase64: readFileSync(csvPath).toString('base64'),
});
if (!started.ok) throw new Error(started.error.message);
const ended = await waitForImport(backend, started.data as ImportJobDto);
process.stdout.write(`FINI ${ended.state}\n`);
process.exit(0);
