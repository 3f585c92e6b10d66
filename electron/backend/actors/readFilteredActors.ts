import type { ActorDto } from '../../../shared/actors/dto';
import { exportFilters, type ExportFilters } from '../../../shared/interop/exportDto';
import type { BackendContext } from '../context';
import { todayOf } from '../context';
import { listActorIds } from './actorListRepository';
import { readActorsSetBased } from './readActorRepository';
import { withOutsideCommuneNames } from './outsideCommuneNames';

/**
 * The actors the directory list's filters pick (search included), sorted by name, each read whole: what the
 * export files and the Word annuaire hold, exactly as the directory screen shows them. A fixed number of
 * queries, whatever the number of actors.
 */
export async function readFilteredActors(ctx: BackendContext, filters: ExportFilters): Promise<ActorDto[]> {
  const today = todayOf(ctx);
  const base = exportFilters.parse(filters);
  const ids = await listActorIds(
    ctx.db,
    { ...base, sort: { field: 'name', direction: 'asc' }, offset: 0, limit: 1 },
    today,
  );
  return (await readActorsSetBased(ctx, ids, today)).map(withOutsideCommuneNames);
}
