import type { ActivityActorChoiceDto } from '../../../shared/activity/activityDto';
import type { CommuneDto } from '../../../shared/territory/dto';
import { communeKey, postcodeOf } from '../interop/import/communeKey';
import type { ActorCandidate } from './activityRepository';

/**
 * The directory's actors the file may belong to, best first: an actor or place whose name is in La Coop's
 * « Lieu » (« Médiathèque Kateb Yacine, 38000 Grenoble »), then those based in the commune the « Lieu » names;
 * between equals, the one named on the most rows.
 * The user confirms or chooses another; nothing is tied without them.
 */

const MAX_CHOICES = 5;

export function proposeActors(
  candidates: ActorCandidate[],
  placesNamed: string[],
  communes: readonly CommuneDto[],
): ActivityActorChoiceDto[] {
  const named = placesNamed.map((text) => {
    const comma = text.lastIndexOf(',');
    const where = comma >= 0 ? text.slice(comma + 1).trim() : '';
    const postcode = postcodeOf(where);
    const name = (comma >= 0 ? text.slice(0, comma) : text).replace(/^Structure employeuse\s*:\s*/i, '');
    const communeName = where.replace(/^\d{4,5}\s*/, '');
    const commune = communes.find(
      (c) => communeKey(c.name) === communeKey(communeName) && (!postcode || c.postcodes.includes(postcode)),
    );
    return { key: communeKey(name), postcode, communeCode: commune?.code ?? null };
  });
  const communeName = new Map(communes.map((c) => [c.code, c.name]));
  // Per actor, its best match: how well (`score`) and with which « Lieu » (`rank`: the file's places come most
  // named first, so the place where most activities happened wins over the employer named on a few).
  const byActor = new Map<
    number,
    { choice: ActivityActorChoiceDto; score: number; rank: number; why: string }
  >();
  for (const candidate of candidates) {
    let entry = byActor.get(candidate.actorId);
    if (!entry) {
      entry = {
        choice: {
          actorId: candidate.actorId,
          name: candidate.name,
          communeName: candidate.communeCode ? (communeName.get(candidate.communeCode) ?? null) : null,
          places: [],
          why: '',
        },
        score: 0,
        rank: Number.POSITIVE_INFINITY,
        why: '',
      };
      byActor.set(candidate.actorId, entry);
    }
    if (candidate.placeId !== null && candidate.placeName !== null)
      entry.choice.places.push({ id: candidate.placeId, name: candidate.placeName });
    const actorKey = communeKey(candidate.name);
    const placeKey = candidate.placeName ? communeKey(candidate.placeName) : '';
    for (const [rank, place] of named.entries()) {
      if (!place.key) continue;
      let score = 0;
      let why = '';
      if ((placeKey && placeKey === place.key) || actorKey === place.key) {
        score = 3;
        why = 'nom du lieu dans le fichier';
      } else if (
        (placeKey.length > 3 && (place.key.includes(placeKey) || placeKey.includes(place.key))) ||
        (actorKey.length > 3 && (place.key.includes(actorKey) || actorKey.includes(place.key)))
      ) {
        score = 2;
        why = 'nom proche du lieu dans le fichier';
      } else if (
        place.communeCode !== null &&
        (candidate.communeCode === place.communeCode || candidate.placeCommuneCode === place.communeCode)
      ) {
        score = 1;
        why = 'dans la commune du lieu du fichier';
      }
      if (score > entry.score || (score > 0 && score === entry.score && rank < entry.rank))
        Object.assign(entry, { score, rank, why });
    }
  }
  return [...byActor.values()]
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.rank - b.rank || a.choice.name.localeCompare(b.choice.name, 'fr'))
    .slice(0, MAX_CHOICES)
    .map((entry) => ({ ...entry.choice, why: entry.why }));
}
