/**
 * Activity (issue 17): importing a 100,000-activity La Coop export (≤ 3 s), and the « Activité » screen's data
 * for 3 years × 20 structures (≤ 100 ms). The export is built in memory from the fixture's definitions
 * (`test/fixtures/activity/coopExport.ts`), the 3 years of counts written straight through the repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { replaceActivityImport } from '../../electron/backend/activity/activityRepository';
import type { ActivityRows } from '../../electron/backend/activity/aggregateActivity';
import { PEOPLE } from '../fixtures/activity/coopExport';
import { largeCoopActivities, largeCoopExport } from '../fixtures/activity/largeCoopExport';
import { seedTerritory, TEST_COMMUNES } from '../integration/support/seedTerritory';
import { formatRow, median, timeAsync, type BenchRow } from './measure';

const ACTIVITIES = 100_000;
const STRUCTURES = 20;
const YEARS = 3;
const RUNS = 7;

const THEMES = [
  'Aide aux démarches administratives',
  'E-mail',
  'Santé',
  'Prendre en main du matériel',
  'Logement',
];
const PEOPLE_LIST = Object.values(PEOPLE);

/** Three years of daily counts for one structure, about the grain a real export gives. */
function threeYears(structure: number): ActivityRows {
  const rows: ActivityRows = { days: [], themes: [], publics: [] };
  const communes = TEST_COMMUNES.map((commune) => commune.code);
  const start = Date.UTC(2024, 0, 1);
  for (let offset = 0; offset < YEARS * 365; offset += 1) {
    const date = new Date(start + offset * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const day = date.toISOString().slice(0, 10);
    rows.days.push({
      day,
      kind: 'individual',
      channel: 'Lieu d’activité',
      activities: 6,
      participants: 6,
      minutes: 240,
    });
    rows.days.push({
      day,
      kind: 'collective',
      channel: 'Lieu d’activité',
      activities: 1,
      participants: 5,
      minutes: 120,
    });
    for (let theme = 0; theme < 3; theme += 1)
      rows.themes.push({
        day,
        kind: 'individual',
        theme: THEMES[(offset + theme + structure) % THEMES.length]!,
        communeCode: communes[(offset + theme) % communes.length]!,
        communeLabel: '',
        activities: 2,
        accompaniments: 2,
      });
    for (let person = 0; person < 6; person += 1)
      rows.publics.push({
        day,
        kind: person < 4 ? 'individual' : 'collective',
        communeCode: communes[(offset + person) % communes.length]!,
        communeLabel: '',
        ageBand: PEOPLE_LIST[person % PEOPLE_LIST.length]!.age,
        status: PEOPLE_LIST[(person + offset) % PEOPLE_LIST.length]!.status,
        genre: PEOPLE_LIST[person % PEOPLE_LIST.length]!.genre,
        accompaniments: 1 + (person % 2),
      });
  }
  return rows;
}

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

    for (let structure = 0; structure < STRUCTURES; structure += 1) {
      const { id } = (await call('actors.create', {
        name: `Structure ${structure + 1}`,
        communeCode: '38185',
      })) as {
        id: number;
      };
      replaceActivityImport(backend.ctx, {
        kind: 'coop',
        actorId: id,
        actorName: `Structure ${structure + 1}`,
        placeId: null,
        placeName: null,
        fileName: 'bench.xlsx',
        periodStart: '2024-01-01',
        periodEnd: '2026-12-31',
        importedAt: '2026-04-05T10:00:00.000Z',
        columnsLeftOut: [],
        rows: threeYears(structure),
      });
    }
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
