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
import { seedTerritory, TEST_COMMUNES } from '../integration/support/seedTerritory';
import { seedInstance } from '../integration/support/seedInstance';
import { formatRow, median, timeAsync, type BenchRow } from './measure';
import { seedActivityStructures } from './seedActivityYears';

const STRUCTURES = 20;

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
  await seedActivityStructures(backend, STRUCTURES);
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
        {
          label: 'Démarches',
          computed: { measure: 'accompaniments', themes: ['Aide aux démarches administratives'] },
        },
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
