import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppFailure } from '../../../../shared/result';
import { IMPORT_FORMAT_LABELS } from '../../../../shared/interop/importFields';
import type { ImportPreviewDto } from '../../../../shared/interop/importDto';
import type { z } from 'zod';
import type { importFileInput } from '../../../../shared/interop/importSchemas';
import { decodeBytes } from '../text/decode';
import { findMojibake, mojibakeMessage, repairMojibake } from '../text/mojibake';
import { detectFormat, readTable } from '../lieux-mediation/readTable';
import { cleanMapping, guessMapping } from '../lieux-mediation/readMapping';
import { deriveColumns } from '../lieux-mediation/derivedColumns';
import { rowToActor } from './rowToActor';
import { planImport, type ImportPlan } from './plan';

/** From the file's bytes to the report the user reads before confirming, and the plan that runs after. */

export type ImportFileRequest = z.output<typeof importFileInput>;

const MAX_LISTED = 500;
export const BACKUP_THRESHOLD = 500;
const SAMPLE_ROWS = 5;

/** `2024-03-01_lieux.csv` → `2024-03-01_lieux.csv` without folders (Windows paths included). */
const fileLabelOf = (fileName: string) => fileName.split(/[\\/]/).pop()!.trim() || 'fichier importé';

export async function prepareImport(
  db: Kysely<DB>,
  request: ImportFileRequest,
  bytes: Buffer,
): Promise<{ preview: ImportPreviewDto; plan: ImportPlan }> {
  if (bytes.length === 0) throw new AppFailure('invalid_input', 'Le fichier est vide.');
  const decoded = decodeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  let text = decoded.text;
  const finding = findMojibake(text);
  let mojibake: ImportPreviewDto['mojibake'] = null;
  if (finding) {
    const repaired = finding.kind === 'utf8-read-as-1252' ? repairMojibake(text) : null;
    const repair = request.repair && repaired !== null;
    if (repair) text = repaired;
    mojibake = { message: mojibakeMessage(finding), repairable: repaired !== null, repaired: repair };
  }

  const table = readTable(text);
  if (table.headers.length === 0 || table.records.length === 0)
    throw new AppFailure(
      'invalid_input',
      'Aucune ligne de données n’a été trouvée dans ce fichier (CSV ou JSON attendu).',
    );
  const format = detectFormat(table.headers);
  const mapping = request.mapping
    ? cleanMapping(request.mapping, table.headers)
    : guessMapping(table.headers, table.records, format);

  const fileLabel = fileLabelOf(request.fileName);
  // House number joined to the street, postcode and commune read in the address, coordinates in degrees.
  const derived = deriveColumns(table.records, table.headers, mapping);
  const imported = derived.records.map((record) => rowToActor(record, derived.mapping, fileLabel));
  const plan = await planImport(db, imported, derived.mapping);
  if (table.truncatedLine !== null) {
    plan.counts.total++;
    plan.counts.rejected++;
    plan.rejected.push({
      line: table.truncatedLine,
      field: null,
      reason:
        'Le fichier s’arrête au milieu de cette ligne (dernière ligne incomplète) : elle est écartée. Le fichier a sans doute été coupé ; demandez-en une copie entière.',
    });
  }

  const preview: ImportPreviewDto = {
    fileName: fileLabel,
    format,
    formatLabel: IMPORT_FORMAT_LABELS[format],
    encoding: table.kind === 'json' ? 'json' : decoded.encoding,
    mojibake,
    headers: table.headers,
    sampleRows: table.records
      .slice(0, SAMPLE_ROWS)
      .map((record) => table.headers.map((h) => record.values[h] ?? '')),
    mapping,
    counts: plan.counts,
    rejected: plan.rejected.slice(0, MAX_LISTED),
    outside: plan.outside.slice(0, MAX_LISTED),
    warnings: plan.warnings.slice(0, MAX_LISTED),
    unmapped: plan.unmapped,
    backupBefore: plan.rows.length > BACKUP_THRESHOLD,
  };
  return { preview, plan };
}
