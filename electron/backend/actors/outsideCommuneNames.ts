import type { ActorDto } from '../../../shared/actors/dto';
import { communeNameOf } from '../territory/referenceData';

/**
 * An actor's postal address may be in a commune outside the territory (`territoryRules.ts`). The readers
 * name communes from the territory's table, which does not hold it: its name comes from the national
 * reference instead. Places and permanences are always in the territory; an older record whose place was
 * outside gets its name the same way.
 */
export function withOutsideCommuneNames(actor: ActorDto): ActorDto {
  const named = <T extends { communeCode: string | null; communeName: string | null }>(holder: T): T =>
    holder.communeName === null && holder.communeCode
      ? { ...holder, communeName: communeNameOf(holder.communeCode) }
      : holder;
  return {
    ...named(actor),
    places: actor.places.map((place) => named(place)),
  };
}
