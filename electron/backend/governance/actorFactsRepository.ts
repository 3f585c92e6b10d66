import type { ActorFacts } from './forgetNoOne';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import type { DataStore } from '../db/dataStore';
import type { ActorTagKind } from '../db/schema';
import { decodeTags } from '../actors/tags';

type ActorRow = [
  id: number,
  name: string,
  nameKey: string,
  communeCode: string | null,
  deletedAt: string | null,
  communeName: string | null,
  tags: string,
];

/**
 * The check's view of every actor: the live directory, plus the body's members' actors even when in the Corbeille.
 * Plain prepared statements in raw mode (arrays, no mapping): on a directory of 20,000 actors this
 * is several times faster than the query builder, and the check runs after each change of the members.
 */
export function readActorFacts(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  instanceId: number,
): { facts: ActorFacts[]; liveIds: Set<number> } {
  const actors = sqlite
    .prepare(
      `SELECT a.id, a.name, a.name_key, a.commune_code, a.deleted_at, c.name, a.tags
       FROM actor a LEFT JOIN territory_commune c ON c.code = a.commune_code
       WHERE a.deleted_at IS NULL OR a.id IN (SELECT actor_id FROM instance_member WHERE instance_id = ?)`,
    )
    .raw()
    .all(instanceId) as ActorRow[];
  const liveIds = new Set<number>();
  const byId = new Map<
    number,
    ActorFacts & { typologies: string[]; roles: ActorRole[]; publics: string[]; specificSupports: string[] }
  >();
  for (const [id, name, nameKey, communeCode, deletedAt, communeName, json] of actors) {
    if (deletedAt === null) liveIds.add(id);
    const tags = decodeTags<ActorTagKind>(json);
    byId.set(id, {
      id,
      name,
      nameKey,
      communeCode,
      communeName,
      typologies: tags.typology ?? [],
      roles: (tags.role ?? []) as ActorRole[],
      publics: tags.public ?? [],
      specificSupports: tags.support ?? [],
    });
  }
  return { facts: [...byId.values()], liveIds };
}
