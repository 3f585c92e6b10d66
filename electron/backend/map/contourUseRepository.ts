import { readFileSync, rmSync } from 'node:fs';
import type { ContourLeftOutReason, ContourUseDto } from '../../../shared/map/dto';
import type { BackendContext } from '../context';
import type { Polygon } from './geojson';
import { contourStamp, replaceContours } from './contourRepository';

/**
 * What the last import of contours used and left out, kept for the map screen (« 40 contours utilisés, 234
 * laissés de côté »), in the database beside the contours (migration 014): a backup holds both, a restore
 * brings back both. The row carries the contours' import date and is shown only while the stored contours
 * are that import's, so figures never describe other contours than those drawn.
 */

type StoreContext = Pick<BackendContext, 'sqlite' | 'databasePath'>;

interface ContourUseRow {
  importedAt: string;
  usedCount: number;
  mergedOldCodes: number;
  leftOut: string;
}

const REASONS: readonly ContourLeftOutReason[] = ['outside', 'unknownCode', 'noCode', 'noPolygon'];

/** Writes the figures of an import; call it in the transaction that writes its contours. */
export function saveContourUse({ sqlite }: Pick<StoreContext, 'sqlite'>, use: ContourUseDto): void {
  sqlite
    .prepare(
      `INSERT INTO contour_use (id, imported_at, used_count, merged_old_codes, left_out) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET imported_at = excluded.imported_at, used_count = excluded.used_count,
         merged_old_codes = excluded.merged_old_codes, left_out = excluded.left_out`,
    )
    .run(use.importedAt, use.usedCount, use.mergedOldCodes, JSON.stringify(use.leftOut));
}

/** Replaces the stored contours and the figures of their import together, in one transaction. */
export function replaceContoursWithUse(
  ctx: Pick<StoreContext, 'sqlite'>,
  polygonsByCode: ReadonlyMap<string, Polygon[]>,
  use: ContourUseDto,
): void {
  ctx.sqlite.transaction(() => {
    replaceContours(ctx, polygonsByCode, use.importedAt);
    saveContourUse(ctx, use);
  })();
}

function isContourUse(value: unknown): value is ContourUseDto {
  const use = value as Partial<ContourUseDto> | null;
  return (
    typeof use === 'object' &&
    use !== null &&
    Number.isInteger(use.usedCount) &&
    Number.isInteger(use.mergedOldCodes) &&
    typeof use.importedAt === 'string' &&
    Array.isArray(use.leftOut) &&
    use.leftOut.every(
      (part: unknown) =>
        typeof part === 'object' &&
        part !== null &&
        REASONS.includes((part as { reason: ContourLeftOutReason }).reason) &&
        Number.isInteger((part as { count: unknown }).count),
    )
  );
}

/** The figures of the import the stored contours come from, or null when they are not known. */
export function readContourUse(ctx: Pick<StoreContext, 'sqlite'>): ContourUseDto | null {
  const stamp = contourStamp(ctx);
  if (stamp.count === 0 || stamp.importedAt === null) return null;
  const row = ctx.sqlite
    .prepare(
      `SELECT imported_at AS importedAt, used_count AS usedCount, merged_old_codes AS mergedOldCodes,
              left_out AS leftOut
         FROM contour_use WHERE id = 1`,
    )
    .get() as ContourUseRow | undefined;
  if (!row || row.importedAt !== stamp.importedAt) return null;
  let leftOut: unknown;
  try {
    leftOut = JSON.parse(row.leftOut);
  } catch {
    return null;
  }
  const use = { ...row, leftOut };
  return isContourUse(use) ? use : null;
}

/** The file earlier versions kept the figures in, beside the database. */
export const legacyContourUseFile = (databasePath: string) => `${databasePath}.contours.json`;

/**
 * Once, at start-up: figures an earlier version kept in `<base>.contours.json` go into the database (when
 * they describe the stored contours and the database has none of its own), and the file is removed.
 * A file that describes other contours, or that cannot be read, is removed too: it could never be shown.
 */
export function adoptLegacyContourUse(ctx: StoreContext): void {
  if (ctx.databasePath === '' || ctx.databasePath === ':memory:') return;
  const path = legacyContourUseFile(ctx.databasePath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // No such file: the usual case.
  }
  let use: unknown = null;
  try {
    use = JSON.parse(text);
  } catch {
    // Unreadable: nothing to adopt.
  }
  const stamp = contourStamp(ctx);
  const hasOwn = ctx.sqlite.prepare('SELECT COUNT(*) FROM contour_use').pluck().get() as number;
  if (isContourUse(use) && hasOwn === 0 && stamp.importedAt === use.importedAt) saveContourUse(ctx, use);
  try {
    rmSync(path, { force: true });
  } catch {
    // A read-only folder: the file stays, and is read again (and ignored) at the next start.
  }
}
