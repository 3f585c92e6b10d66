import type { ChartSpec } from '../../../shared/charts/chartSpec';
import type {
  DiagnosticDto,
  SnapshotDto,
  SnapshotSummaryDto,
} from '../../../shared/diagnostic/diagnosticDto';
import type { DataStore } from '../db/dataStore';
import { upgradeFrozenDiagnostic } from './snapshotUpgrade';

/**
 * Frozen diagnostics: the DiagnosticDto, its chart specs and its map stored whole as JSON/SVG on the day they
 * were frozen, never recomputed, so that what was shown to the mayors can be shown again unchanged.
 * Prepared statements: the summaries are read inside SQLite (json_extract) and the Word report reads a
 * snapshot synchronously.
 */

interface SnapshotRow {
  id: number;
  title: string;
  frozen_at: string;
  diagnostic: string;
  charts: string;
  map_svg: string | null;
}

function summaryOf(
  id: number,
  title: string,
  frozenAt: string,
  diagnostic: DiagnosticDto,
): SnapshotSummaryDto {
  return {
    id,
    title,
    frozenAt,
    territoryName: diagnostic.territory.name,
    communeCount: diagnostic.territory.communeCount,
    placeCount: diagnostic.offer.totals.placeCount,
    fragilityLabel: diagnostic.fragility?.label ?? null,
  };
}

export function insertSnapshot(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  snapshot: {
    title: string;
    frozenAt: string;
    diagnostic: DiagnosticDto;
    charts: ChartSpec[];
    mapSvg: string | null;
  },
): SnapshotSummaryDto {
  const id = Number(
    sqlite
      .prepare(
        'INSERT INTO diagnostic_snapshot (title, frozen_at, diagnostic, charts, map_svg) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        snapshot.title,
        snapshot.frozenAt,
        JSON.stringify(snapshot.diagnostic),
        JSON.stringify(snapshot.charts),
        snapshot.mapSvg,
      ).lastInsertRowid,
  );
  return summaryOf(id, snapshot.title, snapshot.frozenAt, snapshot.diagnostic);
}

/** Newest first; the summary fields are read inside SQLite (json_extract), not by parsing each diagnostic here. */
export function listSnapshots({ sqlite }: Pick<DataStore, 'sqlite'>): SnapshotSummaryDto[] {
  return sqlite
    .prepare(
      `SELECT id, title, frozen_at AS frozenAt,
              json_extract(diagnostic, '$.territory.name') AS territoryName,
              json_extract(diagnostic, '$.territory.communeCount') AS communeCount,
              json_extract(diagnostic, '$.offer.totals.placeCount') AS placeCount,
              json_extract(diagnostic, '$.fragility.label') AS fragilityLabel
         FROM diagnostic_snapshot ORDER BY frozen_at DESC, id DESC`,
    )
    .all() as SnapshotSummaryDto[];
}

export function readSnapshot({ sqlite }: Pick<DataStore, 'sqlite'>, id: number): SnapshotDto | null {
  const row = sqlite.prepare('SELECT * FROM diagnostic_snapshot WHERE id = ?').get(id) as
    SnapshotRow | undefined;
  if (!row) return null;
  const diagnostic = upgradeFrozenDiagnostic(
    JSON.parse(row.diagnostic) as Parameters<typeof upgradeFrozenDiagnostic>[0],
  );
  return {
    ...summaryOf(row.id, row.title, row.frozen_at, diagnostic),
    diagnostic,
    charts: JSON.parse(row.charts) as ChartSpec[],
    mapSvg: row.map_svg,
  };
}

export function deleteSnapshot(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  id: number,
): { id: number; title: string } | null {
  const row = sqlite.prepare('SELECT title FROM diagnostic_snapshot WHERE id = ?').get(id) as
    { title: string } | undefined;
  if (!row) return null;
  sqlite.prepare('DELETE FROM diagnostic_snapshot WHERE id = ?').run(id);
  return { id, title: row.title };
}
