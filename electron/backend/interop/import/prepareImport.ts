import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppFailure } from '../../../../shared/result';
import { IMPORT_FORMAT_LABELS } from '../../../../shared/interop/importFields';
import type { ImportPreviewDto } from '../../../../shared/interop/importDto';
import type { z } from 'zod';
import type { importFileInput } from '../../../../shared/interop/importSchemas';
import { decodeBytes } from '../text/decode';
import { findMojibake, mojibakeMessage, repairMojibake } from '../text/mojibake';
import { planContext, type ImportPlan } from './plan';
import { planRecords } from './planRecords';
import type { PlanSpool } from './planSpool';

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
  /** Where the plan's rows will wait (the caller closes it if this fails). */
  spool: PlanSpool,
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

  // The plan compares rows with the database as it is now, read once before the file.
  const context = await planContext(db);
  const fileLabel = fileLabelOf(request.fileName);
  const read = planRecords(text, context, request.mapping, fileLabel, SAMPLE_ROWS, spool);
  const { plan } = read;
  if (read.truncatedLine !== null) {
    plan.counts.total++;
    plan.counts.rejected++;
    plan.rejected.push({
      line: read.truncatedLine,
      field: null,
      reason:
        'Le fichier s’arrête au milieu de cette ligne (dernière ligne incomplète)\u00a0: elle est écartée. Le fichier a sans doute été coupé\u00a0; demandez-en une copie entière.',
    });
  }

  const preview: ImportPreviewDto = {
    fileName: fileLabel,
    format: read.format,
    formatLabel: IMPORT_FORMAT_LABELS[read.format],
    encoding: read.kind === 'json' ? 'json' : decoded.encoding,
    mojibake,
    headers: read.headers,
    sampleRows: read.sample.map((record) => read.headers.map((h) => record.values[h] ?? '')),
    mapping: read.mapping,
    counts: plan.counts,
    rejected: plan.rejected.slice(0, MAX_LISTED),
    outside: plan.outside.slice(0, MAX_LISTED),
    warnings: plan.warnings.slice(0, MAX_LISTED),
    unmapped: plan.unmapped,
    backupBefore: plan.rows.length > BACKUP_THRESHOLD,
  };
  return { preview, plan };
}
