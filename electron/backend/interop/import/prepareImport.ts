import { todayOf, type BackendContext } from '../../context';
import { changeStampOf } from '../../db/changeStamp';
import { AppFailure } from '../../../../shared/result';
import { IMPORT_FORMAT_LABELS } from '../../../../shared/interop/importFields';
import type { ImportPreviewDto } from '../../../../shared/interop/importDto';
import type { z } from 'zod';
import type { importFileInput } from '../../../../shared/interop/importSchemas';
import { decodeInPieces } from '../text/decode';
import { binaryFileKind } from './binaryFileKind';
import { mojibakeMessage, mojibakeTally } from '../text/mojibake';
import { planContext, type ImportPlan } from './plan';
import { planRecords } from './planRecords';
import type { PlanSpool } from './planSpool';
import { markUpToDate } from './upToDateRows';
import { unsaidLabels } from './unsaidFields';

/** From the file's bytes to the report the user reads before confirming, and the plan that runs after. */

export type ImportFileRequest = z.output<typeof importFileInput>;

const MAX_LISTED = 500;
export const BACKUP_THRESHOLD = 500;
const SAMPLE_ROWS = 5;

/** `2024-03-01_lieux.csv` → `2024-03-01_lieux.csv` without folders (Windows paths included). */
const fileLabelOf = (fileName: string) => fileName.split(/[\\/]/).pop()!.trim() || 'fichier importé';

export async function prepareImport(
  ctx: BackendContext,
  request: ImportFileRequest,
  bytes: Buffer,
  /** Where the plan's rows will wait (the caller closes it if this fails). */
  spool: PlanSpool,
): Promise<{ preview: ImportPreviewDto; plan: ImportPlan }> {
  if (bytes.length === 0) throw new AppFailure('invalid_input', 'Le fichier est vide.');
  const binary = binaryFileKind(bytes);
  if (binary)
    throw new AppFailure(
      'invalid_input',
      `Ce fichier est ${binary}, pas un fichier CSV ni JSON\u00a0: rien n’a été importé. Ouvrez-le dans votre tableur, enregistrez-le au format CSV, puis importez ce CSV.`,
    );
  const decoded = decodeInPieces(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  // The text is read piece by piece, never whole. A repair asked for is made only if every broken sequence
  // of the file can be reversed: the file is looked through for that first.
  let repair = false;
  if (request.repair) {
    const look = mojibakeTally();
    for (const piece of decoded.pieces()) look.add(piece);
    repair = look.finding()?.kind === 'utf8-read-as-1252' && look.repairable();
  }
  const tally = mojibakeTally();
  function* pieces(): Generator<string> {
    for (const piece of decoded.pieces()) {
      const repaired = tally.add(piece);
      yield repair && repaired !== null ? repaired : piece;
    }
  }

  // The plan compares rows with the database as it is now, read once before the file.
  const readAt = changeStampOf(ctx);
  const context = await planContext(ctx.db);
  const fileLabel = fileLabelOf(request.fileName);
  const read = planRecords(pieces(), context, request.mapping, fileLabel, SAMPLE_ROWS, spool);
  const finding = tally.finding();
  const mojibake: ImportPreviewDto['mojibake'] = finding && {
    message: mojibakeMessage(finding),
    repairable: finding.kind === 'utf8-read-as-1252' && tally.repairable(),
    repaired: repair,
  };
  const { plan } = read;
  plan.readAt = readAt;
  await markUpToDate(ctx.db, plan, todayOf(ctx));
  if (read.truncatedLine !== null) {
    // The cut line's id is not known: no place can be said absent from a file that is not whole.
    plan.absent = [];
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
    fileKind: read.kind,
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
    unsaidOnUpdates: unsaidLabels(plan.unsaidOnUpdates),
    absent: {
      total: plan.absent.length,
      places: plan.absent.slice(0, MAX_LISTED).map(({ name, communeName }) => ({ name, communeName })),
    },
    backupBefore: plan.rows.length > BACKUP_THRESHOLD,
    alreadyThere: plan.alreadyThere,
  };
  return { preview, plan };
}
