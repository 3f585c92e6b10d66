import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type {
  InstanceMemberDto,
  InstanceRepresentativeDto,
  InstanceSummaryDto,
} from '../../../shared/governance/governanceDto';
import { communeNameOf } from '../territory/referenceData';

/**
 * Reading the coordination bodies and their members, mapped to DTOs. Other domains (the roadmap's composition,
 * its signatures) import these two functions.
 */

/** Every body, by name, with its member counts. */
export async function listInstances(db: Kysely<DB>): Promise<InstanceSummaryDto[]> {
  const rows = await db
    .selectFrom('instance as i')
    .leftJoin('instanceMember as m', 'm.instanceId', 'i.id')
    .select((eb) => [
      'i.id',
      'i.name',
      'i.kind',
      'i.frequency',
      'i.updatedAt',
      eb.fn.count<number>('m.id').as('memberCount'),
      eb.fn
        .sum<number | null>(eb.case().when('m.kind', '=', 'elected').then(1).else(0).end())
        .as('electedCount'),
    ])
    .groupBy('i.id')
    .orderBy('i.name')
    .orderBy('i.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    frequency: row.frequency,
    updatedAt: row.updatedAt,
    memberCount: Number(row.memberCount),
    electedCount: Number(row.electedCount ?? 0),
  }));
}

/** Reads the JSON column of representatives, tolerating anything unexpected (an empty list then). */
export function parseRepresentatives(json: string): InstanceRepresentativeDto[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const record = item as Record<string, unknown>;
      if (typeof record.name !== 'string' || record.name.trim() === '') return [];
      return [
        {
          name: record.name,
          role: typeof record.role === 'string' ? record.role : null,
          email: typeof record.email === 'string' ? record.email : null,
        },
      ];
    });
  } catch {
    return [];
  }
}

/**
 * The members of one body in their order. An actor member shows the directory's current name and commune; once the
 * actor is purged from the directory, the name it had when added is kept.
 */
export async function listInstanceMembers(db: Kysely<DB>, instanceId: number): Promise<InstanceMemberDto[]> {
  const rows = await db
    .selectFrom('instanceMember as m')
    .leftJoin('actor as a', 'a.id', 'm.actorId')
    .leftJoin('territoryCommune as c', (join) =>
      join.onRef('c.code', '=', (eb) => eb.fn.coalesce('a.communeCode', 'm.communeCode')),
    )
    .select([
      'm.id',
      'm.instanceId',
      'm.kind',
      'm.actorId',
      'm.name as storedName',
      'm.representatives',
      'm.mandate',
      'm.position',
      'a.name as actorName',
      'a.deletedAt as actorDeletedAt',
      (eb) => eb.fn.coalesce('a.communeCode', 'm.communeCode').as('communeCode'),
      'c.name as communeName',
    ])
    .where('m.instanceId', '=', instanceId)
    .orderBy('m.position')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => {
    // Outside the territory (an actor's postal address may be), the commune is named from the national reference.
    const outsideName =
      row.communeName === null && row.communeCode !== null ? communeNameOf(row.communeCode) : null;
    return {
      id: row.id,
      instanceId: row.instanceId,
      kind: row.kind,
      actorId: row.actorId,
      name: row.actorName ?? row.storedName,
      representatives: parseRepresentatives(row.representatives),
      mandate: row.mandate,
      communeCode: row.communeCode,
      communeName: outsideName ?? row.communeName,
      communeOutside: outsideName !== null,
      position: row.position,
      actorDeleted: row.actorDeletedAt !== null && row.actorDeletedAt !== undefined,
    };
  });
}
