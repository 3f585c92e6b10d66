import type { ActivityActorChoiceDto } from '../../../shared/activity/activityDto';
import type { CommuneDto } from '../../../shared/territory/dto';
import { communeKey, postcodeOf } from '../interop/import/communeKey';
import type { ActorCandidate } from './activityRepository';

/**
 * The directory's actors the file may belong to, best first: an actor or place whose name is in La Coop's
 * « Lieu » (« Médiathèque Kateb Yacine, 38000 Grenoble »), then those based in the commune the « Lieu » names.
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
  const byActor = new Map<number, { choice: ActivityActorChoiceDto; score: number }>();
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
      };
      byActor.set(candidate.actorId, entry);
    }
    if (candidate.placeId !== null && candidate.placeName !== null)
      entry.choice.places.push({ id: candidate.placeId, name: candidate.placeName });
    const actorKey = communeKey(candidate.name);
    const placeKey = candidate.placeName ? communeKey(candidate.placeName) : '';
    for (const place of named) {
      if (!place.key) continue;
      if ((placeKey && placeKey === place.key) || actorKey === place.key) {
        if (entry.score < 3) Object.assign(entry, { score: 3 });
        entry.choice.why = 'nom du lieu dans le fichier';
      } else if (
        (placeKey.length > 3 && (place.key.includes(placeKey) || placeKey.includes(place.key))) ||
        (actorKey.length > 3 && (place.key.includes(actorKey) || actorKey.includes(place.key)))
      ) {
        if (entry.score < 2) {
          entry.score = 2;
          entry.choice.why = 'nom proche du lieu dans le fichier';
        }
      } else if (
        entry.score < 1 &&
        place.communeCode !== null &&
        (candidate.communeCode === place.communeCode || candidate.placeCommuneCode === place.communeCode)
      ) {
        entry.score = 1;
        entry.choice.why = 'dans la commune du lieu du fichier';
      }
    }
  }
  return [...byActor.values()]
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.choice.name.localeCompare(b.choice.name, 'fr'))
    .slice(0, MAX_CHOICES)
    .map((entry) => entry.choice);
}
