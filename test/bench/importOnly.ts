/**
 * The import benchmark alone (`npx electron-vite build && npx tsx test/bench/importOnly.ts`), without seeding
 * the 20,000-actor directory of `npm run bench`: the figures of `importBench.ts` (measured in the built app),
 * printed the same way. `--profil` runs one import from source in this process and nothing else, for a CPU
 * profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/profil --import tsx test/bench/importOnly.ts --profil
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchImportFile, importBench, importOnce } from './importBench';
import { formatRow, type BenchRow } from './measure';

const dir = mkdtempSync(join(tmpdir(), 'maillage-import-'));
try {
  let rows: BenchRow[];
  if (process.argv.includes('--profil')) {
    const once = await importOnce(join(dir, 'profil.sqlite'), benchImportFile());
    rows = [
      { label: 'Import complet (une fois)', ms: once.total },
      { label: '  dont l’aperçu', ms: once.preview },
    ];
  } else rows = await importBench(dir);
  console.log(`\nMaillage — import seul ; Node ${process.version}, ${availableParallelism()} cœurs.\n`);
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
