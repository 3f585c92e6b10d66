/**
 * The diagnostic report as a Word document at scale, through the router as the Documents screen asks for it:
 * a 500-commune territory with 5,000 actors, 10 indicators and square contours on a grid; the document holds
 * the charts drawn off-screen and rasterised, the fragility map and the map of the places as PNG, a dozen
 * tables and the 500-row annex. Target ≤ 2 s. Median of `RUNS` builds after one warm-up (loading docx,
 * resvg and the fonts). Then the annuaire des acteurs of the same 5,000 actors, with its peak memory
 * (`annuaireBench.ts`, in a child process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { DocumentFileDto, DocumentRequest } from '../../shared/documents/documentDto';
import { median, timeAsync, type BenchRow } from './measure';
import { seedDiagnosticTerritory } from './seedDiagnosticTerritory';
import { annuaireBench } from './annuaireBench';

const RUNS = 3;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

async function build(backend: Backend, request: DocumentRequest): Promise<DocumentFileDto> {
  const result = await backend.router.dispatch('documents.build', request);
  if (!result.ok) throw new Error(`documents.build a échoué : ${result.error.message}`);
  return result.data as DocumentFileDto;
}

export async function documentsBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-documents-'));
  const path = join(dir, 'documents.sqlite');
  try {
    const rows: BenchRow[] = [];
    const backend = createBackend({ databasePath: path, clock: frozenClock(NOW) });
    try {
      await seedDiagnosticTerritory(backend, TODAY);
      const request: DocumentRequest = { kind: 'diagnostic', options: {} };
      const first = await build(backend, request);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeAsync(() => build(backend, request)));
      rows.push(
        {
          label: 'Document Word du diagnostic (500 communes, graphiques, 2 cartes, tableaux)',
          ms: median(times),
          targetMs: 2000,
        },
        {
          label: 'Taille de ce document',
          value: `${(first.byteCount / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`,
        },
      );
    } finally {
      // The annuaire is measured in a child process that opens the same file: Maillage holds its file alone.
      await backend.close();
    }
    return [...rows, ...(await annuaireBench(path))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
