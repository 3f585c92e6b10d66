import type { Kysely } from 'kysely';
import type { DataStore } from '../db/dataStore';
import type { DB } from '../db/schema';
import type { AssumedStateDto, ForgetNoOneReportDto } from '../../../shared/governance/governanceDto';
import { checkForgetNoOne, type ActorFacts } from './forgetNoOne';
import { readActorFacts } from './actorFactsRepository';
import { readPermanenceCommunes } from './itinerantActorsRepository';
import { AppFailure } from '../../../shared/result';
import { listInstanceMembers } from './instanceMembers';
import { requireInstance } from './requireInstance';
import { driftFindings } from '../meetings/driftFindings';
import { isElectedOffice } from './electedOffice';

/**
 * Runs the « n'oublier personne » check of one body against the territory as stored (the rules themselves live
 * in `forgetNoOne.ts`), and stores the user's judgement of a finding: « couvert quand même », with a reason,
 * in `instance_finding_assumed`; « à traiter » removes it.
 */

/** The database as the check reads it: the query builder, and the connection for the directory's bulk read. */
export type CheckStore = DataStore;

export async function checkInstance(store: CheckStore, instanceId: number): Promise<ForgetNoOneReportDto> {
  const { db } = store;
  await requireInstance(db, instanceId);
  const members = await listInstanceMembers(db, instanceId);
  const memberActorIds = members.flatMap((member) => (member.actorId === null ? [] : [member.actorId]));
  const { facts: actors, liveIds: live } = readActorFacts(store, instanceId);
  const [communes, assumedRows] = await Promise.all([
    db.selectFrom('territoryCommune').select(['code', 'name', 'population']).execute(),
    db
      .selectFrom('instanceFindingAssumed')
      .select(['findingKey', 'reason', 'assumedAt'])
      .where('instanceId', '=', instanceId)
      .execute(),
  ]);
  const memberSet = new Set(memberActorIds);
  const factsById = new Map(actors.map((actor) => [actor.id, actor]));
  const permanences = await readPermanenceCommunes(db, memberActorIds);
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
    memberActors: [
      ...actors
        .filter((actor) => memberSet.has(actor.id))
        .map((actor) => ({
          ...actor,
          itinerant: permanences.has(actor.id),
          permanenceCommunes: permanences.get(actor.id) ?? [],
        })),
      ...purgedMembers,
    ],
    // An elected official in person, or an actor represented by one (the Mairie de Chaunay by its maire).
    electedCommuneCodes: members
      .filter(
        (member) =>
          member.kind === 'elected' ||
          member.representatives.some((person) =>
            isElectedOffice(person.role, (member.actorId !== null && factsById.get(member.actorId)) || null),
          ),
      )
      .map((member) => member.communeCode),
    assumed,
  });
  findings.push(...(await driftFindings(db, instanceId, assumed)));
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
      'Ce manque n’existe plus\u00a0: il a sans doute été comblé entre-temps. Rechargez la page.',
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
  await requireInstance(db, values.instanceId);
  await db
    .deleteFrom('instanceFindingAssumed')
    .where('instanceId', '=', values.instanceId)
    .where('findingKey', '=', values.key)
    .execute();
}
