import type { ActorDto } from '../../../../shared/actors/dto';
import type { ExportFilters } from '../../../../shared/interop/exportDto';
import { exportFilters } from '../../../../shared/interop/exportDto';
import { listActors } from '../../actors/listQuery';
import { getActor } from '../../actors/readActor';
import type { BackendContext } from '../../context';
import { todayOf } from '../../context';

/**
 * The actors the annuaire lists, read through the directory's own repository: the list's filters (search
 * included) pick them, exactly as the directory screen shows them, and each is read whole.
 */

const PAGE = 500;

export async function readDirectory(ctx: BackendContext, filters: ExportFilters): Promise<ActorDto[]> {
  const today = todayOf(ctx);
  const base = exportFilters.parse(filters);
  const ids: number[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listActors(
      ctx.db,
      { ...base, sort: { field: 'name', direction: 'asc' }, offset, limit: PAGE },
      today,
    );
    ids.push(...page.items.map((item) => item.id));
    if (page.items.length < PAGE) break;
  }
  const actors: ActorDto[] = [];
  for (const id of ids) actors.push(await getActor(ctx.db, id, today));
  return actors;
}

/** Whether the filters narrow the directory (the annuaire then says so on its title page). */
export function isFiltered(filters: ExportFilters): boolean {
  const values = exportFilters.parse(filters);
  return (
    values.search.trim() !== '' ||
    [
      values.typologies,
      values.roles,
      values.communeCodes,
      values.services,
      values.publics,
      values.labels,
      values.freshness,
    ].some((list) => list.length > 0)
  );
}
