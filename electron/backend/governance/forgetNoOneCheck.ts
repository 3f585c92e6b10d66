import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { BackendContext } from '../context';
import type { AssumedStateDto, ForgetNoOneReportDto } from '../../../shared/governance/governanceDto';
import { checkForgetNoOne, type ActorFacts } from '../../../shared/governance/forgetNoOne';
import type { ActorRole } from '../../../shared/vocabularies/actorRoles';
import { AppFailure } from '../../../shared/result';
import { listInstanceMembers } from './instanceMembers';
import { instanceNotFound } from './instanceRepository';

/**
 * Runs the « n'oublier personne » check of one body against the territory as stored (the rules themselves live
 * in `shared/governance/forgetNoOne.ts`), and stores the findings the user chose to live with (« assumé »).
 */

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
function readActorFacts(
  sqlite: Database.Database,
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

/** The database as the check reads it: the query builder, and the connection for the directory's bulk read. */
export type CheckStore = Pick<BackendContext, 'db' | 'sqlite'>;

export async function checkInstance(
  { db, sqlite }: CheckStore,
  instanceId: number,
): Promise<ForgetNoOneReportDto> {
  const instance = await db
    .selectFrom('instance')
    .select('id')
    .where('id', '=', instanceId)
    .executeTakeFirst();
  if (!instance) throw instanceNotFound();
  const members = await listInstanceMembers(db, instanceId);
  const memberActorIds = members.flatMap((member) => (member.actorId === null ? [] : [member.actorId]));
  const { facts: actors, liveIds: live } = readActorFacts(sqlite, instanceId);
  const [communes, assumedRows] = await Promise.all([
    db.selectFrom('territoryCommune').select(['code', 'name', 'population']).execute(),
    db
      .selectFrom('instanceFindingAssumed')
      .select(['findingKey', 'reason', 'assumedAt'])
      .where('instanceId', '=', instanceId)
      .execute(),
  ]);
  const memberSet = new Set(memberActorIds);
  const assumed: Record<string, AssumedStateDto> = {};
  for (const row of assumedRows) assumed[row.findingKey] = { reason: row.reason, assumedAt: row.assumedAt };

  // A member whose actor was purged from the directory still sits in the body, by its commune.
  const purgedMembers: ActorFacts[] = members
    .filter((member) => member.kind === 'actor' && member.actorId === null)
    .map((member) => ({
      id: -member.id,
      name: member.name,
      communeCode: member.communeCode,
      communeName: member.communeName,
      typologies: [],
      roles: [],
      publics: [],
      specificSupports: [],
    }));

  const findings = checkForgetNoOne({
    communes,
    directory: actors.filter((actor) => live.has(actor.id)),
    memberActors: [...actors.filter((actor) => memberSet.has(actor.id)), ...purgedMembers],
    electedCommuneCodes: members
      .filter((member) => member.kind === 'elected')
      .map((member) => member.communeCode),
    assumed,
  });
  return { instanceId, findings, openCount: findings.filter((finding) => finding.assumed === null).length };
}

export async function assumeFinding(
  store: CheckStore,
  values: { instanceId: number; key: string; reason: string },
  options: { now: string },
): Promise<void> {
  const report = await checkInstance(store, values.instanceId);
  if (!report.findings.some((finding) => finding.key === values.key))
    throw new AppFailure(
      'conflict',
      'Ce manque n’existe plus : il a sans doute été comblé entre-temps. Rechargez la page.',
    );
  await store.db
    .insertInto('instanceFindingAssumed')
    .values({
      instanceId: values.instanceId,
      findingKey: values.key,
      reason: values.reason,
      assumedAt: options.now,
    })
    .onConflict((oc) =>
      oc.columns(['instanceId', 'findingKey']).doUpdateSet({ reason: values.reason, assumedAt: options.now }),
    )
    .execute();
}

export async function unassumeFinding(
  db: Kysely<DB>,
  values: { instanceId: number; key: string },
): Promise<void> {
  const instance = await db
    .selectFrom('instance')
    .select('id')
    .where('id', '=', values.instanceId)
    .executeTakeFirst();
  if (!instance) throw instanceNotFound();
  await db
    .deleteFrom('instanceFindingAssumed')
    .where('instanceId', '=', values.instanceId)
    .where('findingKey', '=', values.key)
    .execute();
}
