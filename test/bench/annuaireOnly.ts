/**
 * The annuaire benchmark alone (`npx tsx test/bench/annuaireOnly.ts [file.sqlite]`): seeds the territory of
 * the document benches (500 communes, 5,000 actors; or reuses the file given, seeding it if absent), then
 * prints the figures of `annuaireBench.ts`, measured on the built app: run `npx electron-vite build` first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { annuaireBench } from './annuaireBench';
import { formatRow } from './measure';
import { seedDiagnosticTerritory } from './seedDiagnosticTerritory';

const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

const given = process.argv[2];
const dir = given ? null : mkdtempSync(join(tmpdir(), 'maillage-annuaire-'));
const path = given ?? join(dir!, 'documents.sqlite');
try {
  if (!existsSync(path)) {
    const backend = createBackend({ databasePath: path, clock: frozenClock(NOW) });
    await seedDiagnosticTerritory(backend, TODAY);
    await backend.close();
  }
  const rows = await annuaireBench(path);
  console.log(
    `\nMaillage — annuaire seul ; médianes ; Node ${process.version}, ${availableParallelism()} cœurs.\n`,
  );
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
