import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../../shared/result';
import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { nowIsoOf, todayOf, type BackendContext } from '../../context';
import { bulkActorCreator, type BulkCreate } from '../../actors/bulkCreate';
import { applyToActor, createFromRow, updateActorOnly } from './applyRow';
import { BACKUP_THRESHOLD } from './prepareImport';
import type { ImportPlan } from './plan';
import { gateOf } from '../../db/databaseGate';
import { backupNow } from '../../db/backups/backupNow';

/**
 * An import runs as a job: every row inside ONE transaction on the app's single SQLite connection
 * (Kysely's transaction: BEGIN … COMMIT, or ROLLBACK on cancel or failure), in chunks with `setImmediate`
 * in between so that progress and cancel requests are answered meanwhile. Nothing is committed before the
 * last row: a cancel, an error or a killed process leaves the database as it was. New actors are written
 * with statements prepared once on that same connection (`bulkActorCreator`), inside the same transaction.
 *
 * The transaction holds the database gate alone (`db/databaseGate.ts`): a call that reads or writes
 * arriving meanwhile waits for the COMMIT or ROLLBACK instead of joining the transaction, so a save it
 * confirms is its own and survives a cancel or a kill of the import.
 */

const CHUNK = 25;

interface Job {
  dto: ImportJobDto;
  cancelRequested: boolean;
  ctx: BackendContext;
}

const jobs = new Map<string, Job>();

class Cancelled extends Error {}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run(job: Job, plan: ImportPlan): Promise<void> {
  const { ctx } = job;
  const now = nowIsoOf(ctx);
  const today = todayOf(ctx);
  try {
    await gateOf(ctx).exclusive(() =>
      ctx.db.transaction().execute(async (trx) => {
        const created: (number | undefined)[] = [];
        let create: BulkCreate | null = null;
        for (const [index, row] of plan.rows.entries()) {
          if (job.cancelRequested) throw new Cancelled();
          const action = row.action;
          if (action.kind === 'create') {
            create ??= await bulkActorCreator(trx, ctx);
            created[index] = createFromRow(create, row, now);
          } else if (action.kind === 'update' && action.placeId === null)
            await updateActorOnly(trx, action.actorId, row, { now, today });
          else if (action.kind === 'update')
            await applyToActor(trx, action.actorId, action.placeId, row, { now, today });
          else if (action.kind === 'merge')
            await applyToActor(trx, action.actorId, null, row, { now, today });
          else {
            const actorId = created[action.rowIndex];
            if (actorId !== undefined) await applyToActor(trx, actorId, null, row, { now, today });
          }
          job.dto.done = index + 1;
          if ((index + 1) % CHUNK === 0) await nextTick();
        }
        if (job.cancelRequested) throw new Cancelled();
      }),
    );
    job.dto.state = 'done';
  } catch (error) {
    if (error instanceof Cancelled) {
      job.dto.state = 'cancelled';
      return;
    }
    job.dto.state = 'failed';
    job.dto.error =
      error instanceof AppFailure
        ? `${error.message} Rien n’a été importé.`
        : 'L’import a échoué : rien n’a été importé. Réessayez, ou signalez le fichier en cause.';
    console.error('[maillage] import échoué', error);
  }
}

/** Starts the import of a prepared plan; answers at once with the job to follow. */
export function startImport(ctx: BackendContext, plan: ImportPlan): ImportJobDto {
  for (const other of jobs.values())
    if (other.ctx === ctx && other.dto.state === 'running')
      throw new AppFailure('conflict', 'Un import est déjà en cours : attendez sa fin ou annulez-le.');
  let backupPath: string | null = null;
  if (plan.rows.length > BACKUP_THRESHOLD && ctx.databasePath !== ':memory:') {
    backupPath = backupNow(ctx, 'import').path;
  }
  const job: Job = {
    ctx,
    cancelRequested: false,
    dto: {
      jobId: randomUUID(),
      state: 'running',
      done: 0,
      total: plan.rows.length,
      counts: plan.counts,
      backupPath,
      error: null,
    },
  };
  jobs.set(job.dto.jobId, job);
  void run(job, plan);
  return { ...job.dto };
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new AppFailure('not_found', 'Cet import n’existe plus : relancez-le.');
  return job;
}

export function importProgress(jobId: string): ImportJobDto {
  return { ...jobOf(jobId).dto };
}

/** Asks the job to stop: its transaction is rolled back, nothing is written. */
export function cancelImport(jobId: string): ImportJobDto {
  const job = jobOf(jobId);
  if (job.dto.state === 'running') job.cancelRequested = true;
  return { ...job.dto };
}
