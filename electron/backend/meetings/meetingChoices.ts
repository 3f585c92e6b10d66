import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { MeetingChoicesDto } from '../../../shared/meetings/meetingsDto';
import { addressOf, placeLabelOf } from './placeOfInput';
import { roadmapLabels } from './readMeeting';

/** What the meeting's pickers offer: places and contacts of the directory, the body's members, the roadmap. */
export async function readChoices(db: Kysely<DB>, instanceId: number): Promise<MeetingChoicesDto> {
  const places = await db
    .selectFrom('place as p')
    .innerJoin('actor as a', 'a.id', 'p.actorId')
    .leftJoin('territoryCommune as c', 'c.code', 'p.communeCode')
    .select(['p.id', 'p.name', 'p.address', 'p.postcode', 'c.name as communeName', 'a.name as actorName'])
    .where('a.deletedAt', 'is', null)
    .orderBy('p.name')
    .execute();
  const contacts = await db
    .selectFrom('contact as k')
    .innerJoin('actor as a', 'a.id', 'k.actorId')
    .select(['a.id as actorId', 'a.name as actorName', 'k.name', 'k.email'])
    .where('a.deletedAt', 'is', null)
    .orderBy('a.name')
    .orderBy('k.position')
    .execute();
  const members = await db
    .selectFrom('instanceMember')
    .select(['id', 'name'])
    .where('instanceId', '=', instanceId)
    .orderBy('position')
    .execute();
  const labels = await roadmapLabels(db);
  return {
    places: places.map((p) => ({
      placeId: p.id,
      label: placeLabelOf(p.name, p.actorName),
      address: addressOf(p),
    })),
    contacts,
    members,
    chantiers: labels.chantiers.map((c) => ({
      id: c.id,
      label: labels.chantierLabel.get(c.id)!,
      actions: labels.actions
        .filter((a) => a.chantierId === c.id)
        .map((a) => ({ id: a.id, label: labels.actionLabel.get(a.id)! })),
    })),
  };
}
