// Child process for confirmedSaves.test.ts: starts a 20,000-row import, sends saves while it runs and
// prints each save when it is confirmed, then waits to be killed (the parent sends SIGKILL mid-import).
import { readFileSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import type { ImportJobDto } from '../../../shared/interop/importDto';
import { progressOf, savesDuringImport } from './savesDuringImport';

const [databasePath, csvPath] = [process.argv[2]!, process.argv[3]!];
const backend = createBackend({ databasePath });
const saves = savesDuringImport(backend, (save) => process.stdout.write(`CONFIRMÉ ${save.kind} ${save.n}\n`));
const started = await backend.router.dispatch('import.start', {
  fileName: 'grand-fichier.csv',
  contentBase64: readFileSync(csvPath).toString('base64'),
});
if (!started.ok) throw new Error(started.error.message);
const job = started.data as ImportJobDto;
for (let round = 0; ; round++) {
  const current = await progressOf(backend, job.jobId);
  if (current.state !== 'running') {
    process.stdout.write(`FINI ${current.state}\n`);
    process.exit(0);
  }
  if (round % 20 === 0) saves.sendRound();
  if (current.done >= 4000) {
    process.stdout.write(`EN COURS ${current.done}/${current.total}\n`);
    // Keep the event loop busy with the job until the parent kills us.
    await new Promise(() => {});
  }
}
