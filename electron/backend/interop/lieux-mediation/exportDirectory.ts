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
import { exportFilters } from '../../../../shared/interop/exportDto';
import { exportRows, uniqueExternalIds, type RowSink, type RowsOutcome } from './exportRows';
import { standardCsvWriter, standardFileBase, standardJsonWriter } from './exportFormats';
import { directorySpreadsheet } from './exportSpreadsheet';
import { XLSX_MIME_TYPE } from '../xlsx/xlsxMimeType';
import { readFilteredActors } from '../../actors/readFilteredActors';
import { listActorIds } from '../../actors/actorListRepository';
import { readExportActors, readExportedIds } from './exportActorsRepository';

/** The directory (optionally narrowed by the list's filters) read for export, and the files built from it. */

/**
 * The producer: its name is the `source` of the places created in Maillage (by which a re-import of the export
 * finds them, `ownExport.ts`); its number, the EPCI's SIREN, names the files as the standard wants (the name
 * would only repeat the territory's: « …_CcDuCivraisienEnPoitou_lieux-de-mediation-numerique_CcDuCivraisienEnPoitou »).
 */
async function producerOf(
  ctx: BackendContext,
): Promise<{ producer: string; producerId: string; territory: string }> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Choisissez d’abord le territoire.');
  return { producer: territory.displayName, producerId: territory.epciSiren, territory: territory.epciName };
}

function fileNames(ctx: BackendContext, producerId: string, territory: string): Record<ExportFormat, string> {
  const base = standardFileBase(todayOf(ctx), producerId, territory);
  return {
    standardCsv: `${base}.csv`,
    standardJson: `${base}.json`,
    spreadsheet: `${todayOf(ctx)}_annuaire_${base.split('_').at(-1)}.xlsx`,
  };
}

/**
 * The standard's rows of the actors the list's filters pick (search included), sorted by name, as the
 * directory screen shows them; without any filter, every live actor, read in that order straight away.
 */
async function standardRows(
  ctx: BackendContext,
  filters: ExportFilters,
  producer: string,
  sink?: RowSink,
): Promise<RowsOutcome> {
  const base = exportFilters.parse(filters);
  const unfiltered =
    base.search === '' &&
    [
      base.typologies,
      base.roles,
      base.communeCodes,
      base.services,
      base.publics,
      base.labels,
      base.freshness,
    ].every((values) => values.length === 0);
  const ids = unfiltered
    ? null
    : await listActorIds(
        ctx.db,
        { ...base, sort: { field: 'name', direction: 'asc' }, offset: 0, limit: 1 },
        todayOf(ctx),
      );
  const exported = readExportedIds(ctx, ids);
  const externalIds = exported ? uniqueExternalIds(exported) : undefined;
  return exportRows(readExportActors(ctx, ids), producer, sink, externalIds);
}

export async function previewExport(ctx: BackendContext, filters: ExportFilters): Promise<ExportPreviewDto> {
  const { producer, producerId, territory } = await producerOf(ctx);
  const outcome = await standardRows(ctx, filters, producer);
  const excludedRows = new Set(outcome.excluded.map((p) => `${p.actorId}/${p.placeName ?? ''}`));
  return {
    actorCount: outcome.actorCount,
    rowCount: outcome.rowCount + excludedRows.size,
    exportableCount: outcome.rowCount,
    excluded: outcome.excluded,
    warnings: outcome.warnings,
    fileNames: fileNames(ctx, producerId, territory),
  };
}

export async function exportFile(
  ctx: BackendContext,
  format: ExportFormat,
  filters: ExportFilters,
): Promise<ExportFileDto> {
  const { producer, producerId, territory } = await producerOf(ctx);
  const fileName = fileNames(ctx, producerId, territory)[format];
  if (format === 'spreadsheet') {
    const actors = await readFilteredActors(ctx, filters);
    const rowCount = actors.reduce((sum, actor) => sum + Math.max(1, actor.places.length), 0);
    const bytes = await directorySpreadsheet(actors);
    return {
      format,
      fileName,
      mimeType: XLSX_MIME_TYPE,
      content: bytes.toString('base64'),
      base64: true,
      rowCount,
    };
  }
  const writer = format === 'standardCsv' ? standardCsvWriter() : standardJsonWriter();
  const { rowCount } = await standardRows(ctx, filters, producer, writer.add);
  const mimeType = format === 'standardCsv' ? 'text/csv;charset=utf-8' : 'application/json';
  return { format, fileName, mimeType, content: writer.text(), base64: false, rowCount };
}
