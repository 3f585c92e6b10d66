import type { ColumnMapping, ImportFormat } from '../../../../shared/interop/importFields';
import { AppFailure } from '../../../../shared/result';
import { detectFormat, streamTable, type SourceRecord } from '../lieux-mediation/readTable';
import { cleanMapping, GUESS_ROWS, guessMapping } from '../lieux-mediation/readMapping';
import { columnDeriver } from '../lieux-mediation/derivedColumns';
import { rowToActor } from './rowToActor';
import type { TextPieces } from '../csv/readCsv';
import { startPlan, type ImportPlan, type PlanContext, type Planner } from './plan';
import type { PlanSpool } from './planSpool';
import type { FileKind } from '../../../../shared/interop/fileRecords';

/**
 * A file's text read and planned row by row: each record is checked and planned as it is read, and only the
 * plan is kept, so that a large file is never held as records (100,000 rows: ≈ 1 GB less at the peak). The
 * columns are guessed from the first records (`GUESS_ROWS`), held until then; the first few also make the
 * report's sample.
 */

export interface PlannedFile {
  kind: FileKind;
  format: ImportFormat;
  headers: string[];
  /** The columns the user chose, or the guessed ones. */
  mapping: ColumnMapping;
  /** The first records, for the report's sample. */
  sample: SourceRecord[];
  truncatedLine: number | null;
  plan: ImportPlan;
}

export function planRecords(
  pieces: TextPieces,
  context: PlanContext,
  chosen: ColumnMapping | undefined,
  fileLabel: string,
  sampleSize: number,
  spool: PlanSpool,
): PlannedFile {
  let headers: string[] = [];
  let format: ImportFormat = 'tableur';
  let kind: FileKind = 'csv';
  let first: SourceRecord[] = [];
  let records = 0;
  let reading: { mapping: ColumnMapping; planner: Planner; add: (record: SourceRecord) => void } | null =
    null;

  const begin = () => {
    const mapping = chosen ? cleanMapping(chosen, headers) : guessMapping(headers, first, format);
    // House number joined to the street, postcode and commune read in the address, coordinates in degrees.
    const deriver = columnDeriver(headers, mapping);
    const planner = startPlan(context, deriver.mapping, spool, kind);
    const add = (record: SourceRecord) =>
      planner.add(rowToActor(deriver.derive(record), deriver.mapping, fileLabel));
    for (const record of first) add(record);
    first = first.slice(0, sampleSize);
    return { mapping, planner, add };
  };

  const end = streamTable(
    pieces,
    (read, readKind) => {
      headers = read;
      kind = readKind;
      format = detectFormat(headers);
    },
    (record) => {
      records++;
      if (reading) reading.add(record);
      else if (first.push(record) === GUESS_ROWS) reading = begin();
    },
  );
  if (headers.length === 0 || records === 0)
    throw new AppFailure(
      'invalid_input',
      'Aucune ligne de données n’a été trouvée dans ce fichier (CSV ou JSON attendu).',
    );
  // Set by the callback above when the file has GUESS_ROWS records or more: TypeScript cannot see it.
  const done = (reading as typeof reading | null) ?? begin();
  return {
    kind: end.kind,
    format,
    headers: end.headers,
    mapping: done.mapping,
    sample: first,
    truncatedLine: end.truncatedLine,
    plan: done.planner.finish(),
  };
}
