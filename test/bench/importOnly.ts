/**
 * The import benchmark alone (`npx tsx test/bench/importOnly.ts`), without seeding the 20,000-actor directory
 * of `npm run bench`: the figures of `importBench.ts`, printed the same way. For profiling, run it under
 * `node --cpu-prof --import tsx test/bench/importOnly.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBench } from './importBench';
import { formatRow } from './measure';

const dir = mkdtempSync(join(tmpdir(), 'maillage-import-'));
try {
  const rows = await importBench(dir);
  console.log(
    `\nMaillage — import seul ; médianes ; Node ${process.version}, ${availableParallelism()} cœurs.\n`,
  );
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
