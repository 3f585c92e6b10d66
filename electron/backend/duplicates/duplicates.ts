import type { BackendContext } from '../context';
import { nowIsoOf, todayOf } from '../context';
import type { ActorDto } from '../../../shared/actors/dto';
import { actorInput } from '../../../shared/actors/schemas';
import type { DuplicatePairDto, MergeField, MergeSide } from '../../../shared/duplicates/duplicateDto';
import { AppFailure } from '../../../shared/result';
import { getActor } from '../actors/readActor';
import { updateActor } from '../actors/writeActor';
import { deleteActor } from '../actors/trash';
import { detectDuplicates } from './detectDuplicates';
import {
  insertDismissal,
  readDetectionActors,
  readDetectionPoints,
  readDismissedKeys,
} from './duplicateRepository';
import { mergedActorInput } from './mergeValues';
import { moveNetworkRecord } from '../network/contactLogRepository';
import { moveActivityImports } from '../activity/moveActivityImports';
import { carryPlaceOrigins } from './carryPlaceOrigins';

/** Listing likely duplicates, dismissing a pair for good, merging a pair into one actor. */

export async function listDuplicates(ctx: BackendContext): Promise<DuplicatePairDto[]> {
  const [actors, points, dismissed] = await Promise.all([
    readDetectionActors(ctx.db),
    readDetectionPoints(ctx.db),
    readDismissedKeys(ctx.db),
  ]);
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const side = (id: number) => {
    const actor = byId.get(id)!;
    return { id, name: actor.name, communeName: actor.communeName, siret: actor.siret };
  };
  return detectDuplicates(actors, points, dismissed).map((pair) => ({
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
  await insertDismissal(ctx.db, low, high, nowIsoOf(ctx));
  return { key: `${low}-${high}` };
}

/**
 * One transaction: the kept actor updated with the chosen values, the other's contact log and imported activity
 * moved to it, the other moved to the trash.
 */
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
        `La fiche fusionnée n’est pas valide\u00a0: ${parsed.error.issues[0]?.message ?? 'valeur refusée'}`,
      );
    await updateActor(trx, keepId, parsed.data, { now });
    await moveNetworkRecord(trx, otherId, keepId);
    // The other's places were copied after the kept one's, in order (`mergedActorInput`).
    const merged = await getActor(trx, keepId, today);
    const copies = merged.places.slice(keep.places.length);
    const placeIds = new Map(
      other.places.flatMap((place, i) => (copies[i] ? [[place.id, copies[i].id]] : [])),
    );
    await moveActivityImports(trx, otherId, { id: keepId, name: merged.name }, placeIds);
    await carryPlaceOrigins(trx, placeIds);
    return deleteActor(trx, otherId, { now });
  });
  return { kept: await getActor(ctx.db, keepId, today), trashed };
}
