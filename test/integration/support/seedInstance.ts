import type Database from 'better-sqlite3';

export interface SeedMember {
  kind: 'actor' | 'elected';
  name: string;
  representatives?: { name: string; role: string | null }[];
  mandate?: string | null;
  communeCode?: string | null;
}

/**
 * A coordination body written straight into the governance tables (published migration 008), so that roadmap
 * tests do not depend on the governance handlers. Returns the body's id and its members' ids in order.
 */
export function seedInstance(
  sqlite: Database.Database,
  name: string,
  members: readonly SeedMember[],
): { instanceId: number; memberIds: number[] } {
  return sqlite.transaction(() => {
    const now = '2026-03-01T09:00:00.000Z';
    const instanceId = Number(
      sqlite
        .prepare(
          `INSERT INTO instance (name, kind, frequency, notes, created_at, updated_at)
           VALUES (?, 'strategique', 'mensuelle', NULL, ?, ?)`,
        )
        .run(name, now, now).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      `INSERT INTO instance_member (instance_id, position, kind, actor_id, name, representatives, mandate, commune_code, created_at)
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
    );
    const memberIds = members.map((member, position) =>
      Number(
        insert.run(
          instanceId,
          position,
          member.kind,
          member.name,
          JSON.stringify((member.representatives ?? []).map((person) => ({ ...person, email: null }))),
          member.mandate ?? null,
          member.communeCode ?? null,
          now,
        ).lastInsertRowid,
      ),
    );
    return { instanceId, memberIds };
  })();
}
