import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { jsonList } from '../../db/jsonList';
import { readActors } from '../../actors/readActor';
import type { ActorDto } from '../../../../shared/actors/dto';
import { contentOf, type ImportPlan, type PlannedRow } from './plan';
import type { ImportRowProblem } from '../../../../shared/interop/importDto';
import { fileDateOf, keptRecordReason, sameDateReason } from './nothingNewer';
import {
  ORIGIN_COLUMNS,
  originAfterRow,
  recordAfterActorRow,
  recordAfterPlaceRow,
  sameRecord,
  type StoredOrigin,
} from './recordAfterRow';

/**
 * The rows to update that the directory already holds as the file says (a re-import of the same file, or
 * of our own export), told before the import: the report then says « déjà à jour » instead of announcing
 * updates that the import would find unchanged. Each row is compared, without writing, with the actor as
 * stored, exactly as the job compares it (`recordAfterRow.ts`).
 *
 * The job applies an actor's rows in the file's order, each on what the rows before it left. So a row is
 * up to date when it changes nothing and no earlier row of the file changed its actor (an update that
 * changes something, or a merge that adds a place); a row after such a change is counted to update, even if
 * the job then finds it unchanged. The job skips the up-to-date rows only if the database is still as the
 * plan read it; otherwise it compares them as it writes, as every other row. Actors are read a chunk at a
 * time, whatever the file's size.
 */

const CHUNK = 500;

export async function markUpToDate(db: Kysely<DB>, plan: ImportPlan, today: string): Promise<void> {
  /** Each actor's updates and merges, in the file's order. */
  const rowsOf = new Map<number, PlannedRow[]>();
  for (const row of plan.rows) {
    const { action } = row;
    if (action.kind !== 'update' && action.kind !== 'merge') continue;
    const rows = rowsOf.get(action.actorId);
    if (rows) rows.push(row);
    else rowsOf.set(action.actorId, [row]);
  }
  const actorIds = [...rowsOf.keys()];
  for (let start = 0; start < actorIds.length; start += CHUNK) {
    const ids = actorIds.slice(start, start + CHUNK);
    const actors = await readActors(db, ids, today);
    const origins = await storedOrigins(
      db,
      ids.flatMap((id) => rowsOf.get(id)!),
    );
    for (const dto of actors) {
      // The first row that changes the actor ends what can be told of the rows after it, except an older
      // row's: the job skips it whatever came before.
      let changed = false;
      for (const row of rowsOf.get(dto.id)!) {
        const { upToDate, older, warning } = readRow(dto, row, origins);
        if (warning) plan.warnings.push(warning);
        if (row.action.kind !== 'update' || !upToDate || (changed && !older)) {
          changed = true;
          continue;
        }
        row.upToDate = true;
        plan.counts.upToDate++;
        if (row.action.placeId === null) plan.counts.actorOnly--;
      }
    }
  }
  // The report lists its warnings in the file's order.
  plan.warnings.sort((a, b) => a.line - b.line);
}

/** The origin columns of the places the rows update, by place. */
async function storedOrigins(db: Kysely<DB>, rows: PlannedRow[]): Promise<Map<number, StoredOrigin>> {
  const placeIds = rows.flatMap((row) =>
    row.action.kind === 'update' && row.action.placeId !== null ? [row.action.placeId] : [],
  );
  const origins = new Map<number, StoredOrigin>();
  if (placeIds.length === 0) return origins;
  const stored = await db
    .selectFrom('place')
    .select(['id', ...ORIGIN_COLUMNS])
    .where('id', 'in', jsonList(placeIds))
    .execute();
  for (const { id, ...origin } of stored) origins.set(id, origin);
  return origins;
}

/**
 * What the report can tell of the update `row` on the stored actor `dto` before the job: whether it leaves the
 * actor and its place exactly as they are; whether it is older than what its place last received
 * (`nothingNewer.ts`: the job then skips it, whatever rows before it changed, so it counts as up to date);
 * and the warning on its line when its record differs from the file (kept for an older row, replaced for a row
 * of the same date).
 */
function readRow(
  dto: ActorDto,
  row: PlannedRow,
  origins: Map<number, StoredOrigin>,
): { upToDate: boolean; older: boolean; warning: ImportRowProblem | null } {
  if (row.action.kind !== 'update') return { upToDate: false, older: false, warning: null };
  const content = contentOf(row);
  const { placeId } = row.action;
  if (placeId === null) {
    const { current, next } = recordAfterActorRow(dto, row, content);
    return { upToDate: sameRecord(next, current), older: false, warning: null };
  }
  const stored = origins.get(placeId);
  const { current, next, known } = recordAfterPlaceRow(dto, placeId, row, content);
  const same = known && sameRecord(next, current);
  const date = fileDateOf(row, content.origin, stored);
  const warning = (reason: string): ImportRowProblem => ({ line: row.line, field: null, reason });
  if (date === 'older')
    return {
      upToDate: true,
      older: true,
      warning: same ? null : warning(keptRecordReason(content.origin, stored!)),
    };
  return {
    upToDate:
      same && originAfterRow(row, content.origin, content.unsaid ?? [], stored, dto.lastVerifiedOn) === null,
    older: false,
    warning: date === 'same' && !same ? warning(sameDateReason(content.origin)) : null,
  };
}
