import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { jsonList } from '../../db/jsonList';
import { readActors } from '../../actors/readActor';
import { contentOf, type ImportPlan, type PlannedRow } from './plan';
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
 * An actor counts as up to date only when every row of the file for it changes nothing and no row merges
 * a place into it: then no row changes what the next one is compared with, and the job finds each of them
 * unchanged too. The job skips these rows only if the database is still as the plan read it; otherwise it
 * compares them as it writes, as every other row.
 * Actors are read a chunk at a time, whatever the file's size.
 */

const CHUNK = 500;

export async function markUpToDate(db: Kysely<DB>, plan: ImportPlan, today: string): Promise<void> {
  const rowsOf = new Map<number, PlannedRow[]>();
  const merged = new Set<number>();
  for (const row of plan.rows) {
    const { action } = row;
    if (action.kind === 'merge') merged.add(action.actorId);
    if (action.kind !== 'update') continue;
    const rows = rowsOf.get(action.actorId);
    if (rows) rows.push(row);
    else rowsOf.set(action.actorId, [row]);
  }
  const actorIds = [...rowsOf.keys()].filter((id) => !merged.has(id));
  for (let start = 0; start < actorIds.length; start += CHUNK) {
    const ids = actorIds.slice(start, start + CHUNK);
    const actors = await readActors(db, ids, today);
    const placeIds = ids.flatMap((id) =>
      rowsOf
        .get(id)!
        .flatMap((row) =>
          row.action.kind === 'update' && row.action.placeId !== null ? [row.action.placeId] : [],
        ),
    );
    const origins = new Map<number, StoredOrigin>();
    if (placeIds.length > 0) {
      const stored = await db
        .selectFrom('place')
        .select(['id', ...ORIGIN_COLUMNS])
        .where('id', 'in', jsonList(placeIds))
        .execute();
      for (const { id, ...origin } of stored) origins.set(id, origin);
    }
    for (const dto of actors) {
      const rows = rowsOf.get(dto.id)!;
      const unchanged = rows.every((row) => {
        if (row.action.kind !== 'update') return false;
        const content = contentOf(row);
        const { placeId } = row.action;
        if (placeId === null) {
          const { current, next } = recordAfterActorRow(dto, row, content);
          return sameRecord(next, current);
        }
        const { current, next, known } = recordAfterPlaceRow(dto, placeId, row, content);
        return (
          known &&
          sameRecord(next, current) &&
          originAfterRow(row, content.origin, content.unsaid ?? [], origins.get(placeId)) === null
        );
      });
      if (!unchanged) continue;
      for (const row of rows) {
        row.upToDate = true;
        plan.counts.upToDate++;
        if (row.action.kind === 'update' && row.action.placeId === null) plan.counts.actorOnly--;
      }
    }
  }
}
