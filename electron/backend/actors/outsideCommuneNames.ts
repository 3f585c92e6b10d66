import type { ActorDto } from '../../../shared/actors/dto';
import { communeNameOf } from '../territory/referenceData';

/**
 * An actor's postal address may be in a commune outside the territory (`territoryRules.ts`). The readers
 * name communes from the territory's table, which does not hold it: its name comes from the national
 * reference instead. Places and permanences are always in the territory; an older record whose place was
 * outside gets its name the same way. A record with every commune named is answered as it is (no copy:
 * exports read 20,000 of them).
 */

type Named = { communeCode: string | null; communeName: string | null };

const unnamed = (holder: Named): boolean => holder.communeName === null && !!holder.communeCode;

function named<T extends Named>(holder: T): T {
  return unnamed(holder) ? { ...holder, communeName: communeNameOf(holder.communeCode!) } : holder;
}

export function withOutsideCommuneNames(actor: ActorDto): ActorDto {
  if (!unnamed(actor) && !actor.places.some(unnamed)) return actor;
  return { ...named(actor), places: actor.places.map(named) };
}
