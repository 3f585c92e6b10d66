import { AppFailure } from '../../../shared/result';

/**
 * The new order of a list from the ids the user put in order: every current id exactly once, or a French
 * refusal (the screen was out of date).
 */
export function checkedOrder(
  current: readonly number[],
  requested: readonly number[],
  what: string,
): number[] {
  const known = new Set(current);
  if (requested.length !== current.length || requested.some((id) => !known.has(id))) {
    throw new AppFailure(
      'conflict',
      `L’ordre demandé ne correspond plus aux ${what} de la feuille de route\u00a0: rechargez l’écran et recommencez.`,
    );
  }
  return [...requested];
}

/** Inserts `id` at `position` (clamped) in `ids` without it. */
export function insertedAt(ids: readonly number[], id: number, position: number): number[] {
  const without = ids.filter((other) => other !== id);
  const at = Math.min(Math.max(position, 0), without.length);
  return [...without.slice(0, at), id, ...without.slice(at)];
}
