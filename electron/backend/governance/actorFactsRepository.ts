import type { ActorFacts } from './forgetNoOne';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { DataStore } from '../db/dataStore';

type ActorRow = [
  id: number,
  name: string,
  nameKey: string,
  communeCode: string | null,
  deletedAt: string | null,
  communeName: string | null,
];
type TagRow = [actorId: number, kind: string, value: string];

/**
 * The check's view of every actor: the live directory, plus the body's members' actors even when in the Corbeille.
 * Plain prepared statements in raw mode (arrays, no mapping): on a directory of 20,000 actors and 80,000 tags this
 * is several times faster than the query builder, and the check runs after each change of the members.
 */
export function readActorFacts(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  instanceId: number,
): { facts: ActorFacts[]; liveIds: Set<number> } {
  const actors = sqlite
    .prepare(
      `SELECT a.id, a.name, a.name_key, a.commune_code, a.deleted_at, c.name
       FROM actor a LEFT JOIN territory_commune c ON c.code = a.commune_code
       WHERE a.deleted_at IS NULL OR a.id IN (SELECT actor_id FROM instance_member WHERE instance_id = ?)`,
    )
    .raw()
    .all(instanceId) as ActorRow[];
  // Every actor's tags, without a join: the tags of actors left out above are skipped below.
  const tags = sqlite
    .prepare(
      `SELECT actor_id, kind, value FROM actor_tag WHERE kind IN ('typology', 'role', 'public', 'support')`,
    )
    .raw()
    .all() as TagRow[];
  const liveIds = new Set<number>();
  const byId = new Map<
    number,
    ActorFacts & { typologies: string[]; roles: ActorRole[]; publics: string[]; specificSupports: string[] }
  >();
  for (const [id, name, nameKey, communeCode, deletedAt, communeName] of actors) {
    if (deletedAt === null) liveIds.add(id);
    byId.set(id, {
      id,
      name,
      nameKey,
      communeCode,
      communeName,
      typologies: [],
      roles: [],
      publics: [],
      specificSupports: [],
    });
  }
  for (const [actorId, kind, value] of tags) {
    const facts = byId.get(actorId);
    if (!facts) continue;
    if (kind === 'typology') facts.typologies.push(value);
    else if (kind === 'role') facts.roles.push(value as ActorRole);
    else if (kind === 'public') facts.publics.push(value);
    else facts.specificSupports.push(value);
  }
  return { facts: [...byId.values()], liveIds };
}
