/**
 * The directory queries alone (`npx tsx test/bench/queriesOnly.mts [folder]`), without the rest of
 * `npm run bench`: seeds a directory of 20,000 and one of 100,000 actors through the import's bulk writer (or
 * reuses the files already in `folder`), then times the queries of `queries.ts` on each, in a child process
 * as `run.ts` does. `--runs N` repeats the whole set N times (the medians of each run are printed), which is
 * how a change is compared with the code before it on a loaded machine: alternate the two, run after run.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDirectory } from './seedDirectory';
import { formatRow, type BenchRow } from './measure';

const COMMUNES = 50;
const TODAY = '2026-04-05';
const SIZES = [20_000, 100_000];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const given = args[0];
const dir = given ?? mkdtempSync(join(tmpdir(), 'maillage-requetes-'));
mkdirSync(dir, { recursive: true });

function queriesApart(path: string): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'queries.ts'), [path, TODAY], { stdio: 'inherit' });
    let rows: BenchRow[] | null = null;
    child.on('message', (message) => (rows = message as BenchRow[]));
    child.on('error', reject);
    child.on('exit', (code) =>
      rows ? resolve(rows) : reject(new Error(`Les mesures des requêtes ont échoué (code ${code}).`)),
    );
  });
}

try {
  console.log(
    `\nMaillage — requêtes de l’annuaire ; médianes ; Node ${process.version}, ${availableParallelism()} cœurs.`,
  );
  for (const size of SIZES) {
    const path = join(dir, `annuaire-${size}.sqlite`);
    if (!existsSync(path)) {
      const seconds = await seedDirectory(path, size, COMMUNES, TODAY);
      console.log(`\nRemplissage de ${size.toLocaleString('fr-FR')} acteurs : ${seconds.toFixed(1)} s`);
    }
    for (let run = 1; run <= runs; run++) {
      const rows = await queriesApart(path);
      console.log(`\n${size.toLocaleString('fr-FR')} acteurs${runs > 1 ? `, mesure ${run}` : ''}\n`);
      const width = Math.max(...rows.map((row) => row.label.length));
      for (const row of rows) console.log(formatRow(row, width));
    }
  }
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
