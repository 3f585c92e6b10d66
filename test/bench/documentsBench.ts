/**
 * The diagnostic report as a Word document at scale, through the router as the Documents screen asks for it:
 * a 500-commune territory with 5,000 actors, 10 indicators and square contours on a grid; the document holds
 * the charts drawn off-screen and rasterised, the fragility map and the map of the places as PNG, a dozen
 * tables and the 500-row annex. Target ≤ 2 s. Median of `RUNS` builds after one warm-up (loading React,
 * Recharts, resvg and the fonts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { createActor } from '../../electron/backend/actors/repository';
import { replaceContours } from '../../electron/backend/map/contourRepository';
import { replaceDataset } from '../../electron/backend/diagnostic/indicators/indicatorRepository';
import type { DocumentFileDto, DocumentRequest } from '../../shared/documents/documentDto';
import { seedTerritory } from '../integration/support/seedTerritory';
import { median, timeAsync, type BenchRow } from './measure';
import { benchActors, benchCommunes, randomFrom } from './seedActors';

const COMMUNES = 500;
const ACTORS = 5_000;
const INDICATORS = 10;
const RUNS = 3;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

/** 0.04° squares on a 25 × 20 grid (small rural communes), wound as the contour import stores them. */
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

export async function seed(backend: Backend): Promise<void> {
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

async function build(backend: Backend, request: DocumentRequest): Promise<DocumentFileDto> {
  const result = await backend.router.dispatch('documents.build', request);
  if (!result.ok) throw new Error(`documents.build a échoué : ${result.error.message}`);
  return result.data as DocumentFileDto;
}

export async function documentsBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-documents-'));
  const backend = createBackend({ databasePath: join(dir, 'documents.sqlite'), clock: frozenClock(NOW) });
  try {
    await seed(backend);
    const request: DocumentRequest = { kind: 'diagnostic', options: {} };
    const first = await build(backend, request);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeAsync(() => build(backend, request)));
    return [
      {
        label: 'Document Word du diagnostic (500 communes, graphiques, 2 cartes, tableaux)',
        ms: median(times),
        targetMs: 2000,
      },
      {
        label: 'Taille de ce document',
        value: `${(first.byteCount / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
