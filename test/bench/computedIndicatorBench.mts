/**
 * Issue 17's activity where it is used (`npx tsx test/bench/computedIndicatorBench.mts`): on 3 years × 20
 * structures of daily counts (the « Activité » bench's data), a feuille de route whose 10 actions each hold 3
 * computed indicators (all people helped; on « Aide aux démarches administratives »; in two communes), read as the
 * editor reads it after every autosave (`roadmap.get`, target ≤ 100 ms), and the diagnostic with its activity
 * block (`diagnostic.get`, target ≤ 200 ms as the diagnostic's own bench), each the median of 15 runs after 3.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { replaceActivityImport } from '../../electron/backend/activity/activityRepository';
import type { ActivityRows } from '../../electron/backend/activity/aggregateActivity';
import { seedTerritory, TEST_COMMUNES } from '../integration/support/seedTerritory';
import { seedInstance } from '../integration/support/seedInstance';
import { formatRow, median, timeAsync, type BenchRow } from './measure';

const STRUCTURES = 20;
const THEMES = ['Aide aux démarches administratives', 'E-mail', 'Santé', 'Prendre en main du matériel'];

function threeYears(structure: number): ActivityRows {
  const rows: ActivityRows = { days: [], themes: [], publics: [] };
  const communes = TEST_COMMUNES.map((commune) => commune.code);
  for (let offset = 0; offset < 3 * 365; offset += 1) {
    const date = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);
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
        kind: 'individual',
        communeCode: communes[(offset + person) % communes.length]!,
        communeLabel: '',
        ageBand: '',
        status: '',
        genre: '',
        accompaniments: 1,
      });
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'maillage-indicateurs-'));
const backend = createBackend({
  databasePath: join(dir, 'indicateurs.sqlite'),
  clock: frozenClock('2026-12-05T10:00:00Z'),
});
const call = async (method: string, input: unknown) => {
  const result = await backend.router.dispatch(method as never, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number };
};
try {
  seedTerritory(backend.ctx.sqlite);
  for (let structure = 0; structure < STRUCTURES; structure += 1) {
    const { id } = await call('actors.create', { name: `Structure ${structure + 1}`, communeCode: '38185' });
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
  const { instanceId } = seedInstance(backend.ctx.sqlite, 'Comité', [
    { kind: 'elected', name: 'Nadia Roux' },
  ]);
  await call('roadmap.setInstance', { instanceId });
  const chantier = await call('roadmap.saveChantier', { title: 'Accompagner' });
  for (let action = 0; action < 10; action += 1)
    await call('roadmap.saveAction', {
      chantierId: chantier.id,
      title: `Action ${action + 1}`,
      start: '2024-01',
      end: null,
      communeCodes: action % 2 === 0 ? [] : [TEST_COMMUNES[0]!.code, TEST_COMMUNES[1]!.code],
      indicators: [
        { label: 'Personnes', computed: { measure: 'accompaniments', themes: [] } },
        { label: 'Démarches', computed: { measure: 'accompaniments', themes: [THEMES[0]] } },
        { label: 'Séances', computed: { measure: 'activities', themes: [] } },
      ],
    });
  const measure = async (method: string, runs = 15) => {
    for (let warm = 0; warm < 3; warm += 1) await call(method, {});
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) times.push(await timeAsync(() => call(method, {})));
    return median(times);
  };
  const rows: BenchRow[] = [
    {
      label: 'Feuille de route, 30 indicateurs calculés (3 ans × 20 structures)',
      ms: await measure('roadmap.get'),
      targetMs: 100,
    },
    {
      label: 'Diagnostic avec le bloc « activité » (3 ans × 20 structures)',
      ms: await measure('diagnostic.get'),
      targetMs: 200,
    },
  ];
  for (const row of rows) console.log(formatRow(row, 72));
} finally {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
}
