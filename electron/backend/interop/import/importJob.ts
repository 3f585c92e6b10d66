import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../../shared/result';
import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { nowIsoOf, todayOf, type BackendContext } from '../../context';
import { bulkActorCreator, type BulkCreate } from '../../actors/bulkCreate';
import { applyToActor, createFromRow, updateActorOnly } from './applyRow';
import { BACKUP_THRESHOLD } from './prepareImport';
import type { WritablePlan } from './plan';
import { gateOf } from '../../db/databaseGate';
import { withPageCache } from '../../db/pageCache';
import { backupNow } from '../../db/backups/backupNow';
import { unchangedSince } from '../../db/changeStamp';

/**
 * An import runs as a job, begun at the engine's next turn so that the answer to `import.start` leaves
 * first. The job takes the database gate alone (`db/databaseGate.ts`), waiting meanwhile behind whatever
 * holds it (a Word document reading its data, a save), then writes every row in ONE transaction whose
 * BEGIN … COMMIT runs within that single turn: Kysely's better-sqlite3 driver only awaits promises that
 * are already resolved, and nothing between BEGIN and COMMIT awaits a timer or I/O. So no message reaches
 * the engine while the transaction is open: no call's statement can land in it, and a save sent meanwhile
 * runs after the COMMIT, on its own. `import.progress` and `import.cancel` are answered before and after.
 *
 * A cancel that arrives before the write has begun stops the job with nothing written; once the write
 * has begun it runs to its end. An error rolls every row back; a process killed during the write leaves
 * the file as it was. `test/integration/importTurn.test.ts` fails if any macrotask runs while the
 * import's transaction is open.
 */

interface Job {
  dto: ImportJobDto;
  ctx: BackendContext;
}

const jobs = new Map<string, Job>();

type WriteStartListener = (job: ImportJobDto) => void;

const writeStartListeners = new WeakMap<BackendContext, Set<WriteStartListener>>();

/**
 * Calls `listener`, synchronously, each time an import of `ctx` begins its write (the gate is held, BEGIN
 * comes next): what a test needs to act while the transaction is under way. Answers the unsubscription.
 */
export function onImportWriteStart(ctx: BackendContext, listener: WriteStartListener): () => void {
  let listeners = writeStartListeners.get(ctx);
  if (!listeners) {
    listeners = new Set();
    writeStartListeners.set(ctx, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announceWriteStart(job: Job): void {
  for (const listener of writeStartListeners.get(job.ctx) ?? []) {
    try {
      listener({ ...job.dto });
    } catch (error) {
      console.error('[maillage] écouteur du début d’écriture de l’import en échec', error);
    }
  }
}

/**
 * SQLite's page cache while an import writes, in KiB (the app's is 64 MiB, `db/open.ts`): the pages the rows
 * write stay in the cache until the commit, and filled it (100,000 rows: the engine's peak 439 → 401 MB, no
 * slower). The app's cache is set back after, and fills again as the screens read.
 */
const WRITING_CACHE_KIB = 16384;

/** Every row of the plan in one transaction, with no macrotask yield between BEGIN and COMMIT. */
const writeRows = (ctx: BackendContext, plan: WritablePlan) =>
  withPageCache(ctx, WRITING_CACHE_KIB, () => writeAll(ctx, plan));

interface UpdateOutcome {
  /** Updates that found the directory already as the file says. */
  unchanged: number;
  /** Updates of an actor without places that changed it. */
  actorOnlyChanged: number;
}

/** Writes the plan; answers what its updates changed. */
async function writeAll(ctx: BackendContext, plan: WritablePlan): Promise<UpdateOutcome> {
  const now = nowIsoOf(ctx);
  const today = todayOf(ctx);
  // The rows the report found up to date still are if nothing changed since the plan read the database
  // (a re-import of 20,000 unchanged rows: ≈ 5 s of comparing saved).
  const upToDateHolds = plan.readAt !== null && unchangedSince(plan.readAt, ctx);
  const outcome: UpdateOutcome = { unchanged: 0, actorOnlyChanged: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const created: (number | undefined)[] = [];
    let create: BulkCreate | null = null;
    for (const [index, row] of plan.rows.entries()) {
      const action = row.action;
      if (action.kind === 'create') {
        create ??= await bulkActorCreator(trx, ctx, plan.counts.create);
        created[index] = createFromRow(create, row, now);
        continue;
      }
      // The new actors' facets and indexes are written before anything of the transaction reads or rewrites one.
      create?.flush();
      if (action.kind === 'update' && row.upToDate && upToDateHolds) {
        outcome.unchanged++;
        continue;
      }
      if (action.kind === 'update') {
        const changed =
          action.placeId === null
            ? await updateActorOnly(trx, action.actorId, row, { now, today })
            : await applyToActor(trx, action.actorId, action.placeId, row, { now, today });
        if (!changed) outcome.unchanged++;
        else if (action.placeId === null) outcome.actorOnlyChanged++;
      } else if (action.kind === 'merge') await applyToActor(trx, action.actorId, null, row, { now, today });
      else {
        const actorId = created[action.rowIndex];
        if (actorId !== undefined) await applyToActor(trx, actorId, null, row, { now, today });
      }
    }
    create?.finish();
  });
  return outcome;
}

async function run(job: Job, plan: WritablePlan): Promise<void> {
  const { ctx, dto } = job;
  if (dto.state !== 'running') return; // cancelled before its turn came
  dto.phase = 'waiting';
  try {
    await gateOf(ctx).exclusive(async () => {
      if (dto.state !== 'running') return; // cancelled while waiting: nothing written
      dto.phase = 'writing';
      announceWriteStart(job);
      const { unchanged, actorOnlyChanged } = await writeRows(ctx, plan);
      dto.unchanged = unchanged;
      dto.actorOnlyChanged = actorOnlyChanged;
      dto.done = dto.total;
      dto.state = 'done';
    });
  } catch (error) {
    dto.state = 'failed';
    dto.error =
      error instanceof AppFailure
        ? `${error.message} Rien n’a été importé.`
        : 'L’import a échoué\u00a0: rien n’a été importé. Réessayez, ou signalez le fichier en cause.';
    console.error('[maillage] import échoué', error);
  }
}

/**
 * Starts the import of a prepared plan; answers at once with the job to follow. The plan is the job's from
 * here: its file is removed when the job ends, or now when the job cannot start.
 */
export function startImport(ctx: BackendContext, plan: WritablePlan): ImportJobDto {
  try {
    return startJob(ctx, plan);
  } catch (error) {
    plan.spool.close();
    throw error;
  }
}

function startJob(ctx: BackendContext, plan: WritablePlan): ImportJobDto {
  for (const other of jobs.values())
    if (other.ctx === ctx && other.dto.state === 'running')
      throw new AppFailure('conflict', 'Un import est déjà en cours\u00a0: attendez sa fin ou annulez-le.');
  let backupPath: string | null = null;
  if (plan.rows.length > BACKUP_THRESHOLD && ctx.databasePath !== ':memory:') {
    backupPath = backupNow(ctx, 'import').path;
  }
  const job: Job = {
    ctx,
    dto: {
      jobId: randomUUID(),
      state: 'running',
      phase: 'starting',
      done: 0,
      total: plan.rows.length,
      counts: plan.counts,
      backupPath,
      unchanged: 0,
      actorOnlyChanged: 0,
      error: null,
    },
  };
  jobs.set(job.dto.jobId, job);
  setImmediate(() => void run(job, plan).finally(() => plan.spool.close()));
  return { ...job.dto };
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new AppFailure('not_found', 'Cet import n’existe plus\u00a0: relancez-le.');
  return job;
}

export function importProgress(jobId: string): ImportJobDto {
  return { ...jobOf(jobId).dto };
}

/**
 * Stops the job if its write has not begun: it is cancelled at once, nothing written. Once the write
 * has begun the import runs to its end, and the answer says so (`phase: 'writing'`, then `done`).
 */
export function cancelImport(jobId: string): ImportJobDto {
  const { dto } = jobOf(jobId);
  if (dto.state === 'running' && dto.phase !== 'writing') dto.state = 'cancelled';
  return { ...dto };
}
