/**
 * Activity (issue 17): importing a 100,000-activity La Coop export (≤ 3 s), and the « Activité » screen's data
 * for 3 years × 20 structures (≤ 100 ms). The export is built in memory from the fixture's definitions
 * (`test/fixtures/activity/coopExport.ts`), the 3 years of counts written straight through the repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { largeCoopActivities, largeCoopExport } from '../fixtures/activity/largeCoopExport';
import { seedTerritory } from '../integration/support/seedTerritory';
import { formatRow, median, timeAsync, type BenchRow } from './measure';
import { seedActivityStructures, YEARS } from './seedActivityYears';

const ACTIVITIES = 100_000;
const STRUCTURES = 20;
const RUNS = 7;

async function activityBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-activite-'));
  const backend = createBackend({ databasePath: join(dir, 'activite.sqlite') });
  try {
    seedTerritory(backend.ctx.sqlite);
    const call = async (method: string, input: unknown) => {
      const result = await backend.router.dispatch(method as never, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    };
    const actor = (await call('actors.create', {
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
    })) as {
      id: number;
    };
    const file = await largeCoopExport(largeCoopActivities(ACTIVITIES));
    const contentBase64 = file.toString('base64');
    const importMs = await timeAsync(() =>
      call('activity.import', {
        fileName: 'activites-100000.xlsx',
        contentBase64,
        kind: 'coop',
        actorId: actor.id,
        periodStart: '2024-01-01',
        periodEnd: '2026-12-31',
      }),
    );
    rmSync(join(dir, 'activite.sqlite-wal'), { force: true });
    backend.ctx.sqlite.exec('DELETE FROM activity_import');

    await seedActivityStructures(backend, STRUCTURES);
    const counts = backend.ctx.sqlite
      .prepare('SELECT (SELECT COUNT(*) FROM activity_day) AS d, (SELECT COUNT(*) FROM activity_public) AS p')
      .get() as { d: number; p: number };
    const all: number[] = [];
    const year: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      all.push(await timeAsync(() => call('activity.overview', {})));
      year.push(await timeAsync(() => call('activity.overview', { from: '2025-01-01', to: '2025-12-31' })));
    }
    // The Word « Rapport d'activité » and the XLSX export of everything: 20 structures, 36 months, their charts.
    const report: number[] = [];
    const spreadsheet: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      report.push(await timeAsync(() => call('activity.report', {})));
      spreadsheet.push(await timeAsync(() => call('activity.spreadsheet', {})));
    }
    return [
      {
        label: `Import d’un export La Coop de ${ACTIVITIES.toLocaleString('fr-FR')} activités (${(file.length / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo)`,
        ms: importMs,
        targetMs: 3000,
      },
      {
        label: `Écran « Activité », ${YEARS} ans × ${STRUCTURES} structures (${counts.d.toLocaleString('fr-FR')} jours, ${counts.p.toLocaleString('fr-FR')} lignes de public)`,
        ms: median(all),
        targetMs: 100,
      },
      { label: 'Écran « Activité », une année filtrée', ms: median(year), targetMs: 100 },
      {
        label: `Rapport d’activité (Word, 11 graphiques), ${YEARS} ans × ${STRUCTURES} structures`,
        ms: median(report),
        targetMs: 2000,
      },
      {
        label: `Tableaux d’activité (XLSX), ${YEARS} ans × ${STRUCTURES} structures`,
        ms: median(spreadsheet),
        targetMs: 2000,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nActivité (issue 17), dans un processus à part comme chaque domaine\n');
const rows = await activityBench();
const width = Math.max(...rows.map((row) => row.label.length));
for (const row of rows) console.log(formatRow(row, width));
