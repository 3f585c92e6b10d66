import type { Backend } from '../../electron/backend/backend';
import { createActor } from '../../electron/backend/actors/repository';
import { replaceContours } from '../../electron/backend/map/contourRepository';
import { replaceDataset } from '../../electron/backend/diagnostic/indicators/indicatorRepository';
import { seedTerritory } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes, randomFrom } from './seedActors';

/**
 * The territory the diagnostic benches run on: 500 communes with square contours on a grid, so that distances
 * are measured, 5,000 actors written through the app's own `createActor`, and 10 indicators of which about 5 %
 * are secret. Shared by the diagnostic bench and the Word report bench, so that both measure the same data.
 */

export const COMMUNES = 500;
export const ACTORS = 5_000;
export const INDICATORS = 10;

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

export async function seedDiagnosticTerritory(backend: Backend, today: string): Promise<void> {
  const now = `${today}T10:00:00.000Z`;
  const { sqlite, db } = backend.ctx;
  const communes = benchCommunes(COMMUNES);
  seedTerritory(sqlite, communes);
  await db.transaction().execute(async (trx) => {
    for (const values of benchActors(ACTORS, communes, today)) await createActor(trx, values, { now });
  });
  replaceContours(backend.ctx, gridContours(communes.map((c) => c.code)), now);
  const r = randomFrom(4);
  const keys = ['total', ...Array.from({ length: INDICATORS - 1 }, (_, i) => `indicateur_${i + 1}`)];
  replaceDataset(backend.ctx, {
    kind: 'ifn',
    name: 'Indice de fragilité numérique',
    source: 'La MedNum — fragilite-numerique.fr',
    year: 2023,
    unit: '',
    fileName: 'ifn.csv',
    importedAt: now,
    indicators: keys.map((key) => ({
      key,
      label: key,
      unit: key === 'total' ? 'score sur 10' : '%',
      direction: 'higherIsMoreFragile' as const,
    })),
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
