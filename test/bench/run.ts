/**
 * `npm run bench`: how fast the directory is on this machine, against the targets set for a modest laptop
 * (2 cores). Nothing is asserted: the figures are printed, in French, with the targets beside them.
 *
 *   open + migrate a new file ≤ 300 ms · every directory query at 100,000 actors ≤ 15 ms (issue 13)
 *
 * Importing a 20,000-row standard CSV, as a ratio to the raw floor (`./importBench.ts`).
 *
 * This process times the opening of files and writes 20,000 actors through the app's own `createActor`,
 * in one transaction (the path the demo seeding takes), for the export, governance and import figures; then
 * 100,000 actors through the import's bulk writer. The queries are timed on the latter in a child process
 * that only opens the file and answers the list, so that its peak memory is the app's, not the seeding's.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/backend/db/open';
import { createActor } from '../../electron/backend/actors/repository';
import { seedTerritory } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes } from './seedActors';
import { importBench } from './importBench';
// Charts (issue 4): off-screen PNG rendering for the Word documents.
import { chartsBench } from './chartsBench';
// Coordination body (governance).
import { governanceBench } from './governanceBench';
// Feuille de route (issue 5): reading everything and autosaving a fiche action.
import { roadmapBench } from './roadmapBench';
import { documentsBench } from './documentsBench';
// Diagnostic (issue 4): the full diagnostic of 500 communes, 5,000 actors, 10 indicators.
import { diagnosticBench } from './diagnosticBench';
// The desktop shell as built (issue 10): start-up and the window's responsiveness during an import.
import { shellBench } from './shellBench';
import { bundleBench } from './bundleBench';
// Reading the directory whole for the export files (issue 13).
import { exportBench } from './exportBench';
import { seedDirectory } from './seedDirectory';
import { formatRow, median, timeAsync, timeSync, type BenchRow } from './measure';

const ACTORS = 20_000;
const LARGE_ACTORS = 100_000;
const COMMUNES = 50;
const OPEN_RUNS = 15;
const TODAY = '2026-04-05';

async function seed(path: string): Promise<BenchRow[]> {
  const opened = openDatabase(path);
  const communes = benchCommunes(COMMUNES);
  seedTerritory(opened.sqlite, communes);
  const db = opened.db;
  const seconds =
    (await timeAsync(() =>
      db.transaction().execute(async (trx) => {
        for (const values of benchActors(ACTORS, communes, TODAY))
          await createActor(trx, values, { now: `${TODAY}T10:00:00.000Z` });
      }),
    )) / 1000;
  const n = opened.sqlite
    .prepare(
      `SELECT (SELECT COUNT(*) FROM actor) AS actors, (SELECT COUNT(*) FROM place) AS places,
        (SELECT COUNT(*) FROM contact) AS contacts,
        (SELECT COUNT(*) FROM actor_facet) AS tags`,
    )
    .get() as { actors: number; places: number; contacts: number; tags: number };
  await opened.close();
  const fr = (value: number) => value.toLocaleString('fr-FR');
  return [
    {
      label: `Remplissage : ${fr(n.actors)} acteurs, ${fr(n.places)} lieux, ${fr(n.contacts)} contacts, ${fr(n.tags)} entrées d’index des filtres`,
      value: `${seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`,
    },
  ];
}

/**
 * The domains' own benches (each a script that prints its table: `npx tsx test/bench/<name>.mts` runs one alone),
 * one after the other in child processes, after the directory's table.
 */
const DOMAIN_BENCHES = [
  'networkBench.mts', // « Réseau » (issue 16, item 1)
  'meetingsBench.mts', // « Réunions », compte rendu, network's life (issue 16)
  'bilanBench.mts', // Bilan de la coordination and Kit de partage (issue 16, item 7)
  'activityBench.mts', // a 100,000-activity La Coop export, the « Activité » screen, report and XLSX (issue 17)
  'computedIndicatorBench.mts', // activity in the feuille de route and the diagnostic (issue 17)
];

function runApart(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), [], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Le banc ${script} a échoué (code ${code}).`)),
    );
  });
}

/** Runs `./queries.ts` in a child process on the seeded file; answers its rows. */
function measureQueriesApart(path: string): Promise<BenchRow[]> {
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

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
const rows: BenchRow[] = [];
try {
  const fresh = Array.from({ length: OPEN_RUNS }, (_, i) =>
    timeSync(() => openDatabase(join(dir, `neuf-${i}.sqlite`)).sqlite.close()),
  );
  rows.push({ label: 'Ouverture + migration d’un fichier neuf', ms: median(fresh), targetMs: 300 });
  const reopened = Array.from({ length: OPEN_RUNS }, () =>
    timeSync(() => openDatabase(join(dir, 'neuf-0.sqlite')).sqlite.close()),
  );
  rows.push({ label: 'Réouverture d’un fichier existant (vide)', ms: median(reopened) });

  const path = join(dir, 'annuaire.sqlite');
  rows.push(...(await seed(path)));
  rows.push({
    label: 'Mémoire maximale du remplissage (maxRSS)',
    value: `${Math.round(process.resourceUsage().maxRSS / 1024)} Mo`,
  });
  const reopenedFull = Array.from({ length: OPEN_RUNS }, () =>
    timeSync(() => openDatabase(path).sqlite.close()),
  );
  rows.push({
    label: `Réouverture du fichier de ${ACTORS.toLocaleString('fr-FR')} acteurs`,
    ms: median(reopenedFull),
  });

  // The directory's queries on a file of 100,000 actors (issue 13), written by the import's bulk writer.
  const large = join(dir, 'annuaire-100k.sqlite');
  const largeSeconds = await seedDirectory(large, LARGE_ACTORS, COMMUNES, TODAY);
  rows.push({
    label: `Remplissage de ${LARGE_ACTORS.toLocaleString('fr-FR')} acteurs par l’écriture de l’import`,
    value: `${largeSeconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`,
  });
  rows.push(...(await measureQueriesApart(large)));
  // Coordination body (governance): the « n'oublier personne » check against the 20,000 actors.
  rows.push(...(await governanceBench(path)));
  rows.push(...(await exportBench(path)));
  rows.push(...(await importBench(dir)));
  rows.push(...(await diagnosticBench()));
  rows.push(...(await chartsBench()));
  rows.push(...(await roadmapBench()));
  // Word documents (issue 6): the diagnostic report of a 500-commune territory.
  rows.push(...(await documentsBench()));
  rows.push(...(await shellBench()));
  rows.push(...bundleBench(join(import.meta.dirname, '../..')));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nMaillage — banc d’essai de l’annuaire (${ACTORS.toLocaleString('fr-FR')} acteurs, ${COMMUNES} communes)`,
);
console.log(`Médianes ; Node ${process.version}, ${process.platform}, ${availableParallelism()} cœurs.\n`);
const width = Math.max(...rows.map((row) => row.label.length));
for (const row of rows) console.log(formatRow(row, width));
console.log(
  '\nCibles (portable à 2 cœurs) : ouverture + migration ≤ 300 ms, chaque requête de l’annuaire à 100 000 acteurs ≤ 15 ms.',
);

for (const script of DOMAIN_BENCHES) await runApart(script);
