import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { createActor } from '../../electron/backend/actors/repository';
import { replaceContours } from '../../electron/backend/map/contourRepository';
import { replaceDataset } from '../../electron/backend/diagnostic/indicators/indicatorRepository';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { seedTerritory } from '../integration/support/seedTerritory';
import { median, timeAsync, type BenchRow } from './measure';
import { benchActors, benchCommunes, randomFrom } from './seedActors';

/**
 * The full diagnostic of a 500-commune territory with 5,000 actors and 10 indicators, through the router as
 * the dashboard asks for it (`diagnostic.get`: every read, the offer, the ranking, the distances from each
 * commune to the nearest place for each of the 9 services, « fragiles et loin »). Communes get square
 * contours on a grid, so that distances are measured; the places, without coordinates, sit at their
 * commune's centre. Target ≤ 200 ms; median of `RUNS` calls after one warm-up.
 */

const COMMUNES = 500;
const ACTORS = 5_000;
const INDICATORS = 10;
const RUNS = 30;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

async function call<M extends ApiMethod>(backend: Backend, method: M, input: ApiInput<M>) {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.data as ApiOutput<M>;
}

/**
 * 0.04° squares on a 25 × 20 grid around 45° N, 5° E (about 3 km a side, like small rural communes), wound
 * clockwise as d3 reads rings (the way the contour import stores them).
 */
function gridContours(codes: readonly string[]): Map<string, number[][][][]> {
  const side = 0.04;
  return new Map(
    codes.map((code, i) => {
      const lon = 5 + (i % 25) * side;
      const lat = 45 + Math.floor(i / 25) * side;
      const ring = [
        [lon, lat],
        [lon, lat + side],
        [lon + side, lat + side],
        [lon + side, lat],
        [lon, lat],
      ];
      return [code, [[ring]]];
    }),
  );
}

async function seed(backend: Backend): Promise<void> {
  const { sqlite, db } = backend.ctx;
  const communes = benchCommunes(COMMUNES);
  seedTerritory(sqlite, communes);
  await db.transaction().execute(async (trx) => {
    for (const values of benchActors(ACTORS, communes, TODAY)) await createActor(trx, values, { now: NOW });
  });
  replaceContours(sqlite, gridContours(communes.map((c) => c.code)), NOW);
  const r = randomFrom(4);
  const keys = ['total', ...Array.from({ length: INDICATORS - 1 }, (_, i) => `indicateur_${i + 1}`)];
  replaceDataset(sqlite, {
    kind: 'ifn',
    name: 'Indice de fragilité numérique',
    source: 'La MedNum — fragilite-numerique.fr',
    year: 2023,
    unit: '',
    fileName: 'ifn.csv',
    importedAt: NOW,
    indicators: keys.map((key) => ({ key, label: key, unit: key === 'total' ? 'score sur 10' : '%' })),
    values: communes.flatMap((c) =>
      keys.map((key) => {
        const secret = r.chance(0.05);
        return {
          key,
          communeCode: c.code,
          value: secret ? null : key === 'total' ? r.int(10, 100) / 10 : r.int(0, 1000) / 10,
          status: secret ? ('secret' as const) : ('ok' as const),
        };
      }),
    ),
  });
}

export async function diagnosticBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-diagnostic-'));
  const backend = createBackend({ databasePath: join(dir, 'diagnostic.sqlite'), clock: frozenClock(NOW) });
  try {
    await seed(backend);
    const first = await call(backend, 'diagnostic.get', {});
    const times: number[] = [];
    // CPU time too: on a machine shared with other work, it says what the diagnostic itself costs.
    const cpuTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cpu = process.cpuUsage();
      times.push(await timeAsync(() => call(backend, 'diagnostic.get', {})));
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const freeze = await timeAsync(() => call(backend, 'diagnostic.freeze', { title: 'Banc d’essai' }));
    const fr = (value: number) => value.toLocaleString('fr-FR');
    return [
      {
        label: `Diagnostic complet (${fr(COMMUNES)} communes, ${fr(first.offer.totals.placeCount)} lieux de ${fr(ACTORS)} acteurs, ${INDICATORS} indicateurs)`,
        ms: median(times),
        targetMs: 200,
      },
      { label: '… dont temps processeur (médiane)', ms: median(cpuTimes) },
      { label: 'Figer ce diagnostic (calcul, graphiques, carte, écriture)', ms: freeze },
    ];
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
