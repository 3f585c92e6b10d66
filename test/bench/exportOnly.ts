/**
 * The export benchmark alone (`npx tsx test/bench/exportOnly.ts [file.sqlite]`), without the rest of
 * `npm run bench`: seeds the same 20,000-actor directory (or reuses the file given, seeding it if absent),
 * then prints the figures of `exportBench.ts`. For profiling:
 * `node --cpu-prof --import tsx test/bench/exportOnly.ts /tmp/annuaire.sqlite`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/backend/db/open';
import { createActor } from '../../electron/backend/actors/repository';
import { seedTerritory } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes } from './seedActors';
import { exportBench } from './exportBench';
import { formatRow } from './measure';

const ACTORS = 20_000;
const COMMUNES = 50;
const TODAY = '2026-04-05';

async function seed(path: string): Promise<void> {
  const opened = openDatabase(path);
  const communes = benchCommunes(COMMUNES);
  seedTerritory(opened.sqlite, communes);
  await opened.db.transaction().execute(async (trx) => {
    for (const values of benchActors(ACTORS, communes, TODAY))
      await createActor(trx, values, { now: `${TODAY}T10:00:00.000Z` });
  });
  await opened.close();
}

const given = process.argv[2];
const dir = given ? null : mkdtempSync(join(tmpdir(), 'maillage-export-'));
const path = given ?? join(dir!, 'annuaire.sqlite');
try {
  if (!existsSync(path)) await seed(path);
  const rows = await exportBench(path);
  console.log(
    `\nMaillage — export seul ; médianes ; Node ${process.version}, ${availableParallelism()} cœurs.\n`,
  );
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
