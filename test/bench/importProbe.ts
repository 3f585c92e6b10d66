/**
 * One import of a standard CSV measured on the app as users run it: the BUILT shell (`npm run bench` builds it
 * first; `electron` standing in, `test/shell/builtShell.ts`) with its engine in its own process. A copy of a
 * file whose territory is chosen is the app's data; the CSV is chosen in the « Ouvrir » dialog (« Choisir un
 * fichier… »: the engine reads it from the disk) or, with `depot`, dropped on the window and sent in pieces as
 * the wizard sends it (`uploads.open`, `uploads.append`, a few at once); then `import.preview`, `import.start`
 * and `import.progress` until the job is done. Sends back the times (the file with the engine, the preview, the
 * whole) and the engine process's peak memory (VmHWM) before the file and at the end. Arguments: the database
 * to copy, the CSV, a working folder, the expected row count, `dialogue` (default) or `depot`, and `encore` to
 * choose the same file again once imported (every row then already up to date) and time that too. The
 * screen's opening call (`import.prepare`) comes first, as in the app.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBuiltShell } from '../shell/builtShell';
import { uploadThroughWindow } from '../shell/uploadThroughWindow';
import { peakMb } from './peakMemory';

const [template, csvPath, dir, rows, how = 'dialogue', again] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string?,
  string?,
];

export interface ImportProbeAnswer {
  /** From the click (or the drop): the file with the engine, the preview answered, the job done. */
  sent: number;
  preview: number;
  total: number;
  /** The engine's process at its largest (MB): once started, after the preview, at the end of the import. */
  baselineMb: number;
  previewMb: number;
  maxMb: number;
  /** With `encore`: the same file chosen again, from the click, the preview answered and the job done. */
  again?: { preview: number; total: number };
}

type Answer = { ok: boolean; data?: unknown; error?: { message: string } };
interface Job {
  jobId: string;
  state: string;
  error: string | null;
  unchanged: number;
}
interface Preview {
  counts: { create: number; upToDate: number };
}

copyFileSync(template, join(dir, 'maillage.sqlite'));
const bytes = how === 'depot' ? readFileSync(csvPath) : null;
const shell = await startBuiltShell(dir);
try {
  const engine = shell.state.utilityProcesses[0]!.child.pid!;
  const invoke = async <T>(method: string, input: unknown) => {
    const answer = (await shell.page!.api!.invoke(method, input)) as Answer;
    if (!answer.ok) throw new Error(`${method} a échoué : ${answer.error?.message}`);
    return answer.data as T;
  };
  await invoke('territory.get', {});
  // The import screen opening, before the user picks the file.
  await invoke('import.prepare', {});
  const baselineMb = peakMb(engine);
  const start = performance.now();
  let uploadId: string;
  if (bytes) {
    uploadId = await uploadThroughWindow((method, input) => shell.page!.api!.invoke(method, input), bytes);
  } else {
    shell.state.openDialogAnswers.push(csvPath);
    const chosen = (await shell.page!.api!.chooseFile('import')) as Answer;
    if (!chosen.ok) throw new Error(`Choix du fichier : ${chosen.error?.message}`);
    uploadId = (chosen.data as { uploadId: string }).uploadId;
  }
  const sent = performance.now();
  const importUpload = async (uploadId: string) => {
    const request = { fileName: 'lieux-mediation-numerique.csv', uploadId, repair: false };
    const preview = await invoke<Preview>('import.preview', request);
    const previewed = performance.now();
    const previewMb = peakMb(engine);
    let job = await invoke<Job>('import.start', request);
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await invoke<Job>('import.progress', { jobId: job.jobId });
    }
    if (job.state !== 'done') throw new Error(`Import ${job.state} : ${job.error ?? ''}`);
    return { preview, previewed, previewMb, job };
  };
  const first = await importUpload(uploadId);
  const end = performance.now();
  const actors = (await invoke<{ total: number }>('actors.list', { limit: 1 })).total;
  if (actors !== first.preview.counts.create || actors !== Number(rows))
    throw new Error(`Import incomplet : ${actors} acteurs pour ${rows} lignes.`);
  const answer: ImportProbeAnswer = {
    sent: sent - start,
    preview: first.previewed - start,
    total: end - start,
    baselineMb,
    previewMb: first.previewMb,
    maxMb: peakMb(engine),
  };
  if (again === 'encore') {
    const start = performance.now();
    shell.state.openDialogAnswers.push(csvPath);
    const chosen = (await shell.page!.api!.chooseFile('import')) as Answer;
    if (!chosen.ok) throw new Error(`Choix du fichier : ${chosen.error?.message}`);
    const second = await importUpload((chosen.data as { uploadId: string }).uploadId);
    const end = performance.now();
    if (second.preview.counts.upToDate !== Number(rows) || second.job.unchanged !== Number(rows))
      throw new Error(`Second import : ${second.preview.counts.upToDate} lignes déjà à jour pour ${rows}.`);
    answer.again = { preview: second.previewed - start, total: end - start };
  }
  if (process.send) process.send(answer);
  else console.log(answer); // run by hand
} finally {
  await shell.quit();
}
