import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { median, timeAsync, type BenchRow } from './measure';
import { ACTORS, COMMUNES, INDICATORS, seedDiagnosticTerritory } from './seedDiagnosticTerritory';

/**
 * The full diagnostic of a 500-commune territory with 5,000 actors and 10 indicators, through the router as
 * the dashboard asks for it (`diagnostic.get`: every read, the offer, the ranking, the distances from each
 * commune to the nearest place for each of the 9 services, « fragiles et loin »). Communes get square
 * contours on a grid, so that distances are measured; the places, without coordinates, sit at their
 * commune's centre. Target ≤ 200 ms; median of `RUNS` calls after one warm-up.
 */

const RUNS = 30;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

async function call<M extends ApiMethod>(backend: Backend, method: M, input: ApiInput<M>) {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.data as ApiOutput<M>;
}

export async function diagnosticBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-diagnostic-'));
  const backend = createBackend({ databasePath: join(dir, 'diagnostic.sqlite'), clock: frozenClock(NOW) });
  try {
    await seedDiagnosticTerritory(backend, TODAY);
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
