import type { ActorDto } from '../../../shared/actors/dto';
import { exportFilters, type ExportFilters } from '../../../shared/interop/exportDto';
import type { BackendContext } from '../context';
import { todayOf } from '../context';
import { listActors } from './listQuery';
import { getActor } from './readActor';

const PAGE = 500;

/**
 * The actors the directory list's filters pick (search included), sorted by name, each read whole: what the
 * export files and the Word annuaire hold, exactly as the directory screen shows them.
 */
export async function readFilteredActors(ctx: BackendContext, filters: ExportFilters): Promise<ActorDto[]> {
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
