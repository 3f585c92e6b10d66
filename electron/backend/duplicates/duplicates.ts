import type { BackendContext } from '../context';
import { nowIsoOf, todayOf } from '../context';
import type { ActorDto } from '../../../shared/actors/dto';
import { actorInput } from '../../../shared/actors/schemas';
import type { DuplicatePairDto, MergeField, MergeSide } from '../../../shared/duplicates/duplicateDto';
import { AppFailure } from '../../../shared/result';
import { getActor } from '../actors/readActor';
import { updateActor } from '../actors/writeActor';
import { deleteActor } from '../actors/trash';
import { detectDuplicates, type DetectionActor, type DetectionPoint } from './detectDuplicates';
import { mergedActorInput } from './mergeValues';

/** Listing likely duplicates, dismissing a pair for good, merging a pair into one actor. */

function dismissedKeys(ctx: BackendContext): Set<string> {
  const rows = ctx.sqlite
    .prepare('SELECT low_actor_id AS low, high_actor_id AS high FROM duplicate_dismissal')
    .all() as { low: number; high: number }[];
  return new Set(rows.map((row) => `${row.low}-${row.high}`));
}

export function listDuplicates(ctx: BackendContext): DuplicatePairDto[] {
  const actors = ctx.sqlite
    .prepare(
      `SELECT a.id, a.name, a.siret, a.commune_code AS communeCode, c.name AS communeName
       FROM actor a LEFT JOIN territory_commune c ON c.code = a.commune_code WHERE a.deleted_at IS NULL`,
    )
    .all() as DetectionActor[];
  const points = ctx.sqlite
    .prepare(
      `SELECT p.actor_id AS actorId, p.name AS label, p.latitude, p.longitude
       FROM place p JOIN actor a ON a.id = p.actor_id
       WHERE a.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL`,
    )
    .all() as DetectionPoint[];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const side = (id: number) => {
    const actor = byId.get(id)!;
    return { id, name: actor.name, communeName: actor.communeName, siret: actor.siret };
  };
  return detectDuplicates(actors, points, dismissedKeys(ctx)).map((pair) => ({
    key: `${pair.lowId}-${pair.highId}`,
    left: side(pair.lowId),
    right: side(pair.highId),
    reasons: pair.reasons,
  }));
}

function samePair(leftId: number, rightId: number): [number, number] {
  if (leftId === rightId) throw new AppFailure('invalid_input', 'Choisissez deux acteurs différents.');
  return leftId < rightId ? [leftId, rightId] : [rightId, leftId];
}

export async function dismissDuplicate(
  ctx: BackendContext,
  leftId: number,
  rightId: number,
): Promise<{ key: string }> {
  const [low, high] = samePair(leftId, rightId);
  const today = todayOf(ctx);
  await getActor(ctx.db, low, today);
  await getActor(ctx.db, high, today);
  ctx.sqlite
    .prepare(
      'INSERT OR IGNORE INTO duplicate_dismissal (low_actor_id, high_actor_id, dismissed_at) VALUES (?, ?, ?)',
    )
    .run(low, high, nowIsoOf(ctx));
  return { key: `${low}-${high}` };
}

/** One transaction: the kept actor updated with the chosen values, the other moved to the trash. */
export async function mergeDuplicates(
  ctx: BackendContext,
  keepId: number,
  otherId: number,
  choices: Partial<Record<MergeField, MergeSide>>,
): Promise<{ kept: ActorDto; trashed: { id: number; name: string } }> {
  samePair(keepId, otherId);
  const today = todayOf(ctx);
  const now = nowIsoOf(ctx);
  const trashed = await ctx.db.transaction().execute(async (trx) => {
    const keep = await getActor(trx, keepId, today);
    const other = await getActor(trx, otherId, today);
    const parsed = actorInput.safeParse(mergedActorInput(keep, other, choices));
    if (!parsed.success)
      throw new AppFailure(
        'invalid_input',
        `La fiche fusionnée n’est pas valide : ${parsed.error.issues[0]?.message ?? 'valeur refusée'}`,
      );
    await updateActor(trx, keepId, parsed.data, { now });
    return deleteActor(trx, otherId, { now });
  });
  return { kept: await getActor(ctx.db, keepId, today), trashed };
}
