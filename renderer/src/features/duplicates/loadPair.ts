import type { ActorDto } from '../../../../shared/actors/dto';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';

/** Both records, or the first failure. */
export async function loadPair(
  leftId: number,
  rightId: number,
): Promise<Result<{ left: ActorDto; right: ActorDto }>> {
  const [left, right] = await Promise.all([
    call('actors.get', { id: leftId }),
    call('actors.get', { id: rightId }),
  ]);
  if (!left.ok) return left;
  if (!right.ok) return right;
  return { ok: true, data: { left: left.data, right: right.data } };
}
