import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ContourUseDto } from '../../../shared/map/dto';
import type { BackendContext } from '../context';
import { contourStamp } from './contourRepository';

/**
 * What the last import of contours used and left out, kept for the map screen (« 40 contours utilisés, 234
 * laissés de côté »). The database has no column for it (a migration would be the right home: see the
 * report of this change), so it is kept in a small JSON file beside the database, stamped with the date of
 * the import: it is shown only while the stored contours are those of that import. A backup restored, a
 * database copied elsewhere, or a file lost gives null, never another import's figures.
 */

type StoreContext = Pick<BackendContext, 'sqlite' | 'databasePath'>;

const inMemory = new WeakMap<object, ContourUseDto>();

const fileOf = (databasePath: string) => `${databasePath}.contours.json`;
const onDisk = (databasePath: string) => databasePath !== '' && databasePath !== ':memory:';

export function saveContourUse(ctx: StoreContext, use: ContourUseDto): void {
  inMemory.set(ctx.sqlite, use);
  if (!onDisk(ctx.databasePath)) return;
  const path = fileOf(ctx.databasePath);
  try {
    writeFileSync(`${path}.tmp`, JSON.stringify(use));
    renameSync(`${path}.tmp`, path);
  } catch {
    // A read-only folder: the figures stay for this session only; the contours themselves are saved.
  }
}

function isContourUse(value: unknown): value is ContourUseDto {
  const use = value as Partial<ContourUseDto> | null;
  return (
    typeof use === 'object' &&
    use !== null &&
    typeof use.usedCount === 'number' &&
    typeof use.mergedOldCodes === 'number' &&
    typeof use.importedAt === 'string' &&
    Array.isArray(use.leftOut)
  );
}

/** The figures of the import the stored contours come from, or null when they are not known. */
export function readContourUse(ctx: StoreContext): ContourUseDto | null {
  const stamp = contourStamp(ctx);
  if (stamp.count === 0 || stamp.importedAt === null) return null;
  let use: unknown = inMemory.get(ctx.sqlite) ?? null;
  if (use === null && onDisk(ctx.databasePath)) {
    try {
      use = JSON.parse(readFileSync(fileOf(ctx.databasePath), 'utf8'));
    } catch {
      return null;
    }
  }
  return isContourUse(use) && use.importedAt === stamp.importedAt ? use : null;
}
