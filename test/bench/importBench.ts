import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { seedTerritory } from '../integration/support/seedTerritory';
import { uploadInPieces } from '../integration/support/uploadInPieces';
import { importCommunes, importFile } from './importCsv';
import { libreOfficeConverter } from './libreOffice';
import { median, type BenchRow } from './measure';
import { rawFloorOnce } from './rawFloor';
import { validateBench } from './validateBench';
import type { ImportProbeAnswer } from './importProbe';
import { runBuiltAppProbe } from './builtAppProbe';

/**
 * Importing a 20,000-row standard CSV in the BUILT app as the wizard does it (`importProbe.ts`: the file chosen
 * in the « Ouvrir » dialog and read by the engine, `import.preview`, then `import.start`, then `import.progress`
 * until the job is done: decoding, parsing, validation, plan, backup, one transaction in the engine's process;
 * and the same file dropped on the window, sent in pieces), each run on a
 * new copy of a file whose territory is chosen. In the same run and on the same file, alternating with it: the
 * raw floor (`rawFloor.ts`: papaparse and one INSERT per row into one table), of which each import figure is
 * printed as a multiple; and, when `soffice` is on the PATH, LibreOffice converting the file to xlsx (target
 * of issue 13: Maillage ≤ 0.25 × LibreOffice). Medians of `RUNS` runs. Then 100,000 rows once, with the engine
 * process's peak memory.
 */

const ROWS = 20_000;
const RUNS = 3;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;
const LIBREOFFICE_TARGET = 0.25;

async function call<M extends ApiMethod>(backend: Backend, method: M, input: ApiInput<M>) {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.data as ApiOutput<M>;
}

const count = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The bench's file (20,000 rows over 50 communes). */
export function benchImportFile() {
  const { csv } = importFile(ROWS, importCommunes(), TODAY);
  return { bytes: Buffer.from(csv, 'utf8'), fileName: 'lieux-mediation-numerique.csv' };
}

/** A database file with the bench's territory chosen and nothing else: each import starts from a copy. */
async function territoryFile(dir: string): Promise<string> {
  const path = join(dir, 'territoire.sqlite');
  const backend = createBackend({ databasePath: path, clock: frozenClock(NOW) });
  seedTerritory(backend.ctx.sqlite, importCommunes());
  await backend.close();
  return path;
}

/**
 * One import in the built app (`importProbe.ts`, in a child process that starts the built shell): the file
 * chosen in the « Ouvrir » dialog, or dropped on the window (`depot`).
 */
function importInBuiltApp(
  template: string,
  csvPath: string,
  rowCount: number,
  how: 'dialogue' | 'depot' = 'dialogue',
  /** Then the same file chosen again (`importProbe.ts`). */
  again = false,
): Promise<ImportProbeAnswer> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-import-'));
  return runBuiltAppProbe<ImportProbeAnswer>(
    'importProbe.ts',
    [template, csvPath, dir, String(rowCount), how, ...(again ? ['encore'] : [])],
    `L’import de ${rowCount} lignes`,
  ).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * One import from source in this process, through the router as the screen makes it (`importOnly.ts
 * --profil`, for a CPU profile): the file sent in pieces, the report, then the job;
 * answers the time of the preview (sending included) and of the whole.
 */
export async function importOnce(path: string, file: { bytes: Buffer; fileName: string }, rowCount = ROWS) {
  const backend = createBackend({ databasePath: path, clock: frozenClock(NOW) });
  seedTerritory(backend.ctx.sqlite, importCommunes());
  try {
    const start = performance.now();
    const request = {
      fileName: file.fileName,
      uploadId: await uploadInPieces(backend, file.bytes),
      repair: false,
    };
    const preview = await call(backend, 'import.preview', request);
    const previewed = performance.now();
    let job = await call(backend, 'import.start', request);
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await call(backend, 'import.progress', { jobId: job.jobId });
    }
    const end = performance.now();
    if (job.state !== 'done') throw new Error(`Import ${job.state} : ${job.error ?? ''}`);
    const actors = count(backend.ctx.sqlite, 'actor');
    if (actors !== preview.counts.create || actors !== rowCount)
      throw new Error(`Import incomplet : ${actors} acteurs pour ${rowCount} lignes.`);
    return { preview: previewed - start, total: end - start };
  } finally {
    await backend.close();
  }
}

const decimal = (value: number, digits: number) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** « 4,2 × le plancher » */
const timesFloor = (ms: number, floor: number) => `${decimal(ms / floor, 1)}\u00a0× le plancher`;

export async function importBench(dir: string): Promise<BenchRow[]> {
  const file = benchImportFile();
  const { bytes } = file;
  const csvPath = join(dir, 'lieux-mediation-numerique.csv');
  writeFileSync(csvPath, bytes);
  const template = await territoryFile(dir);
  const libreOffice = libreOfficeConverter(dir);
  const imports: ImportProbeAnswer[] = [];
  const dropped: ImportProbeAnswer[] = [];
  const floors: number[] = [];
  const converts: number[] = [];
  // Alternating, so that a busy moment of the machine weighs on each side alike.
  for (let i = 0; i < RUNS; i++) {
    // Each way comes first in turn, so that neither always follows LibreOffice's conversion.
    // The file chosen in « Ouvrir », then chosen again once imported (every row already up to date).
    if (i % 2 === 0) imports.push(await importInBuiltApp(template, csvPath, ROWS, 'dialogue', true));
    dropped.push(await importInBuiltApp(template, csvPath, ROWS, 'depot'));
    if (i % 2 === 1) imports.push(await importInBuiltApp(template, csvPath, ROWS, 'dialogue', true));
    floors.push(rawFloorOnce(join(dir, `plancher-${i}.sqlite`), bytes));
    if (libreOffice) converts.push(libreOffice.convert(csvPath));
  }
  const floor = median(floors);
  const total = median(imports.map((run) => run.total));
  const preview = median(imports.map((run) => run.preview));
  const read = median(imports.map((run) => run.sent));
  const droppedTotal = median(dropped.map((run) => run.total));
  const rows = ROWS.toLocaleString('fr-FR');
  const megabytes = decimal(bytes.length / 1e6, 1);
  const bench: BenchRow[] = [
    {
      label: `Import complet de ${rows} lignes CSV standard (${megabytes} Mo), ${timesFloor(total, floor)}`,
      ms: total,
      targetMs: 2000,
    },
    { label: '  dont la lecture du fichier choisi (« Ouvrir », le moteur le lit)', ms: read },
    { label: `  dont la lecture et l’aperçu (import.preview), ${timesFloor(preview, floor)}`, ms: preview },
    {
      label: `  le même fichier déposé sur la fenêtre, ${timesFloor(droppedTotal, floor)}`,
      ms: droppedTotal,
    },
    {
      label: '  … dont son envoi par la fenêtre (uploads.append)',
      ms: median(dropped.map((run) => run.sent)),
    },
    {
      label: `  le même fichier choisi à nouveau une fois importé (${rows} lignes déjà à jour)`,
      ms: median(imports.map((run) => run.again!.total)),
    },
    { label: '  … dont son aperçu', ms: median(imports.map((run) => run.again!.preview)) },
    { label: '  plancher : papaparse + un INSERT préparé par ligne, une table', ms: floor },
    ...validateBench(bytes),
  ];
  if (libreOffice) {
    const converted = median(converts);
    const ratio = total / converted;
    const verdict = ratio <= LIBREOFFICE_TARGET ? '✔' : '✘ au-dessus';
    bench.push(
      { label: '  LibreOffice --convert-to xlsx, même fichier (alterné)', ms: converted },
      {
        label: 'Même fichier : Maillage ÷ LibreOffice',
        value: `${decimal(ratio, 2)}  (cible ≤ ${decimal(LIBREOFFICE_TARGET, 2)}) ${verdict}`,
      },
    );
  } else bench.push({ label: 'Même fichier : Maillage ÷ LibreOffice', value: 'soffice absent : non mesuré' });
  return [...bench, ...(await largeImportBench(dir, template))];
}

const LARGE_ROWS = 100_000;
const LARGE_MAX_MB = 400;

const LARGE_RUNS = 3;

/**
 * 100,000 rows in the built app, `LARGE_RUNS` times: medians, and the peak memory's range, which V8's moment
 * of collecting moves by ± 60 MB from one run to the next. The peak is the engine process's, the file received
 * included.
 */
async function largeImportBench(dir: string, template: string): Promise<BenchRow[]> {
  const { csv } = importFile(LARGE_ROWS, importCommunes(), TODAY);
  const csvPath = join(dir, 'lieux-100000.csv');
  writeFileSync(csvPath, csv);
  const runs: ImportProbeAnswer[] = [];
  for (let i = 0; i < LARGE_RUNS; i++) runs.push(await importInBuiltApp(template, csvPath, LARGE_ROWS));
  const middle = (pick: (run: ImportProbeAnswer) => number) => median(runs.map(pick));
  const mb = (value: number) => `${Math.round(value).toLocaleString('fr-FR')} Mo`;
  const peaks = runs.map((run) => run.maxMb);
  const peak = middle((run) => run.maxMb);
  const rows = LARGE_ROWS.toLocaleString('fr-FR');
  return [
    {
      label: `Import complet de ${rows} lignes (médiane de ${LARGE_RUNS})`,
      ms: middle((run) => run.total),
      targetMs: 3000,
    },
    { label: '  dont la lecture du fichier choisi', ms: middle((run) => run.sent) },
    { label: '  dont la lecture et l’aperçu', ms: middle((run) => run.preview) },
    {
      label: `  mémoire maximale du moteur (VmHWM, médiane, cible ≤ ${LARGE_MAX_MB} Mo)`,
      value: `${mb(peak)} (de ${mb(Math.min(...peaks))} à ${mb(Math.max(...peaks))}) ${peak <= LARGE_MAX_MB ? '✔' : '✘ au-dessus'}`,
    },
    { label: '  … à la fin de l’aperçu', value: mb(middle((run) => run.previewMb)) },
    { label: '  … le moteur démarré, avant le fichier', value: mb(middle((run) => run.baselineMb)) },
  ];
}
