import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { jsonList } from '../db/jsonList';
import type {
  NetworkOverviewDto,
  NetworkPriorityDto,
  NetworkStatus,
  NetworkStatusFilter,
} from '../../../shared/network/networkDto';
import { communeNameOf } from '../territory/referenceData';

/**
 * The « Réseau » screen's figures: live actors per status (one pass over the index `actor_live_network`),
 * then « À rencontrer ou à relancer en premier »: the actors whose last contact set a next step, by the
 * step's date (overdue ones first, since they are the earliest; undated steps after), then the actors never
 * met (« repéré » first, then « non renseigné », by name), the first `NEVER_MET_SHOWN` of them.
 */

export const NEVER_MET_SHOWN = 50;

interface PriorityRow {
  actorId: number;
  name: string;
  communeCode: string | null;
  communeName: string | null;
  status: NetworkStatus | null;
  lastContactOn: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
}

const priorityOf = (row: PriorityRow, reason: NetworkPriorityDto['reason']): NetworkPriorityDto => ({
  actorId: row.actorId,
  name: row.name,
  communeName: row.communeName ?? (row.communeCode ? communeNameOf(row.communeCode) : null),
  status: row.status,
  lastContactOn: row.lastContactOn,
  nextStep: row.nextStep,
  nextStepOn: row.nextStepOn,
  reason,
});

async function statusCounts(db: Kysely<DB>): Promise<Record<NetworkStatusFilter, number>> {
  const { rows } = await sql<{ status: NetworkStatus | null; n: number }>`
    SELECT network_status AS status, COUNT(*) AS n FROM actor INDEXED BY actor_live_network
    WHERE deleted_at IS NULL GROUP BY network_status`.execute(db);
  const counts: Record<NetworkStatusFilter, number> = { spotted: 0, met: 0, member: 0, declined: 0, none: 0 };
  for (const row of rows) counts[row.status ?? 'none'] = row.n;
  return counts;
}

/** Live actors whose last contact (latest date, then latest entered) has a next step. */
async function nextSteps(db: Kysely<DB>): Promise<PriorityRow[]> {
  const { rows } = await sql<PriorityRow>`
    SELECT a.id AS actorId, a.name AS name, a.commune_code AS communeCode, tc.name AS communeName,
      a.network_status AS status, c.contact_on AS lastContactOn, c.next_step AS nextStep, c.next_step_on AS nextStepOn
    FROM network_contact c
    JOIN actor a ON a.id = c.actor_id AND a.deleted_at IS NULL
    LEFT JOIN territory_commune tc ON tc.code = a.commune_code
    WHERE c.next_step IS NOT NULL
      AND c.id = (SELECT l.id FROM network_contact l WHERE l.actor_id = c.actor_id
        ORDER BY l.contact_on DESC, l.id DESC LIMIT 1)
    ORDER BY c.next_step_on IS NULL, c.next_step_on, a.name_key, a.id`.execute(db);
  return rows;
}

/** The first live actors with this status (null: « non renseigné ») by name, leaving out `except`. */
async function neverMet(
  db: Kysely<DB>,
  status: 'spotted' | null,
  except: number[],
  limit: number,
): Promise<PriorityRow[]> {
  if (limit <= 0) return [];
  const condition = status === null ? sql`a.network_status IS NULL` : sql`a.network_status = ${status}`;
  const { rows } = await sql<PriorityRow>`
    SELECT a.id AS actorId, a.name AS name, a.commune_code AS communeCode, tc.name AS communeName,
      a.network_status AS status, NULL AS nextStep, NULL AS nextStepOn,
      (SELECT MAX(c.contact_on) FROM network_contact c WHERE c.actor_id = a.id) AS lastContactOn
    FROM actor a INDEXED BY actor_live_network
    LEFT JOIN territory_commune tc ON tc.code = a.commune_code
    WHERE a.deleted_at IS NULL AND ${condition} AND a.id NOT IN ${jsonList(except)}
    ORDER BY a.name_key, a.id LIMIT ${limit}`.execute(db);
  return rows;
}

async function contactCount(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM network_contact c
    WHERE c.actor_id NOT IN (SELECT id FROM actor WHERE deleted_at IS NOT NULL)`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function readNetworkOverview(db: Kysely<DB>, today: string): Promise<NetworkOverviewDto> {
  const counts = await statusCounts(db);
  const steps = await nextSteps(db);
  const pending = steps.map((row) => row.actorId);
  const spotted = await neverMet(db, 'spotted', pending, NEVER_MET_SHOWN);
  const none = await neverMet(db, null, pending, NEVER_MET_SHOWN - spotted.length);
  const pendingNeverMet = steps.filter((row) => row.status === null || row.status === 'spotted').length;
  const neverMetTotal = counts.spotted + counts.none - pendingNeverMet;
  return {
    today,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    counts,
    contactCount: await contactCount(db),
    priorities: [
      ...steps.map((row) => priorityOf(row, 'nextStep')),
      ...[...spotted, ...none].map((row) => priorityOf(row, 'neverMet')),
    ],
    neverMetLeftOff: neverMetTotal - spotted.length - none.length,
  };
}
