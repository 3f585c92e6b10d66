import { AppFailure } from '../../../../shared/result';
import type {
  ExportFileDto,
  ExportFormat,
  ExportPreviewDto,
  ExportFilters,
} from '../../../../shared/interop/exportDto';
import type { BackendContext } from '../../context';
import { todayOf } from '../../context';
import { getTerritory } from '../../territory/repository';
import { exportRows } from './exportRows';
import { excelCsv, standardCsv, standardFileBase, standardJson } from './exportFormats';
import { readFilteredActors } from '../../actors/readFilteredActors';
import { placeSourceFields } from './placeSourceFields';

/** The directory (optionally narrowed by the list's filters) read for export, and the files built from it. */

async function producerOf(ctx: BackendContext): Promise<{ producer: string; territory: string }> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Choisissez d’abord le territoire.');
  return { producer: territory.displayName, territory: territory.epciName };
}

function fileNames(ctx: BackendContext, producer: string, territory: string): Record<ExportFormat, string> {
  const base = standardFileBase(todayOf(ctx), producer, territory);
  return {
    standardCsv: `${base}.csv`,
    standardJson: `${base}.json`,
    excelCsv: `${todayOf(ctx)}_annuaire_${base.split('_').at(-1)}_excel.csv`,
  };
}

export async function previewExport(ctx: BackendContext, filters: ExportFilters): Promise<ExportPreviewDto> {
  const { producer, territory } = await producerOf(ctx);
  const actors = await readFilteredActors(ctx, filters);
  const outcome = exportRows(actors, producer, await placeSourceFields(ctx.db));
  const excludedRows = new Set(outcome.excluded.map((p) => `${p.actorId}/${p.placeName ?? ''}`));
  return {
    actorCount: actors.length,
    rowCount: outcome.rows.length + excludedRows.size,
    exportableCount: outcome.rows.length,
    excluded: outcome.excluded,
    warnings: outcome.warnings,
    fileNames: fileNames(ctx, producer, territory),
  };
}

export async function exportFile(
  ctx: BackendContext,
  format: ExportFormat,
  filters: ExportFilters,
): Promise<ExportFileDto> {
  const { producer, territory } = await producerOf(ctx);
  const actors = await readFilteredActors(ctx, filters);
  const fileName = fileNames(ctx, producer, territory)[format];
  if (format === 'excelCsv') {
    const rowCount = actors.reduce((sum, actor) => sum + Math.max(1, actor.places.length), 0);
    return { format, fileName, mimeType: 'text/csv;charset=utf-8', content: excelCsv(actors), rowCount };
  }
  const { rows } = exportRows(actors, producer, await placeSourceFields(ctx.db));
  return format === 'standardCsv'
    ? {
        format,
        fileName,
        mimeType: 'text/csv;charset=utf-8',
        content: standardCsv(rows),
        rowCount: rows.length,
      }
    : { format, fileName, mimeType: 'application/json', content: standardJson(rows), rowCount: rows.length };
}
