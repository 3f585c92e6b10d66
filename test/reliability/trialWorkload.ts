import type { Ledger, Series } from './ledger';
import type { Answer, WebProcess } from './webProcess';

/**
 * What a user does while the trial's kill waits: streams of saves, each sent when the previous one was
 * answered (as a screen's autosave does), an import polled for its progress, Word documents built one after
 * another, backups made on request. Every answer is written to the ledger; a call the kill cut short (no
 * answer) ends its stream and confirms nothing.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The call behind each numbered series: its text ends with « n° <n> ». */
export function seriesCall(series: Series, n: number, ids: { chantierId: number; actionId: number }) {
  switch (series) {
    case 'contexte':
      return { method: 'roadmap.updateText', input: { context: `Contexte n° ${n}` } };
    case 'action':
      return {
        method: 'roadmap.saveAction',
        input: { id: ids.actionId, chantierId: ids.chantierId, title: `Action n° ${n}` },
      };
    case 'objectif':
      return { method: 'roadmap.saveObjective', input: { title: `Objectif n° ${n}` } };
    case 'commentaire':
      return {
        method: 'diagnostic.setCommentary',
        input: { section: 'synthese', text: `Commentaire n° ${n}` },
      };
    case 'figé':
      return { method: 'diagnostic.freeze', input: { title: `Figé n° ${n}` } };
    case 'territoire':
      return {
        method: 'territory.updateSettings',
        input: { displayName: `Territoire n° ${n}`, contact: {} },
      };
  }
}

/** Sends one call; null when the process died first. */
async function send(app: WebProcess, method: string, input: unknown): Promise<Answer | null> {
  try {
    return await app.call(method, input);
  } catch {
    return null;
  }
}

function refused(ledger: Ledger, method: string, answer: Answer): void {
  if (!answer.ok) ledger.refusals.push(`${method} : ${answer.error.code} — ${answer.error.message}`);
}

export async function saveStream(
  app: WebProcess,
  ledger: Ledger,
  series: Series,
  ids: { chantierId: number; actionId: number },
  pauseMs: () => number,
): Promise<void> {
  for (;;) {
    const n = ledger.next(series);
    const { method, input } = seriesCall(series, n, ids);
    const answer = await send(app, method, input);
    if (answer === null) return;
    if (answer.ok) ledger.confirm(series, n);
    else refused(ledger, method, answer);
    await sleep(pauseMs());
  }
}

const DOCUMENTS = [
  { kind: 'diagnostic', options: {} },
  { kind: 'annuaire', options: {} },
  { kind: 'feuilleDeRoute', options: {} },
  { kind: 'noteSynthese', options: {} },
];

export async function documentStream(app: WebProcess, ledger: Ledger): Promise<void> {
  for (let index = 0; ; index++) {
    const answer = await send(app, 'documents.build', DOCUMENTS[index % DOCUMENTS.length]);
    if (answer === null) return;
    if (answer.ok) ledger.documents++;
    else refused(ledger, 'documents.build', answer);
  }
}

export async function backupStream(app: WebProcess, ledger: Ledger, pauseMs: () => number): Promise<void> {
  for (;;) {
    const answer = await send(app, 'backups.create', {});
    if (answer === null) return;
    if (answer.ok) ledger.backups.push((answer.data as { name: string }).name);
    else refused(ledger, 'backups.create', answer);
    await sleep(pauseMs());
  }
}

export interface ImportPlan {
  csv: string;
  rows: number;
  /** Ms after `import.start` answered at which `import.cancel` is sent (null: never). */
  cancelAfterMs: number | null;
  /**
   * Called when the import is sent, when `import.start` answers (`running`) and when the import ends. Its
   * rows are written in one go: no progress between.
   */
  onProgress(state: 'sent' | 'running' | 'done' | 'cancelled' | 'failed'): void;
}

/**
 * import.preview then import.start of a standard CSV, polled every 15 ms until it ends or the process dies.
 * A cancel is obeyed while the import waits for the database; once its write has begun the import ends whole,
 * and the cancel's answer (given after the COMMIT) says so.
 */
export async function importRun(app: WebProcess, ledger: Ledger, plan: ImportPlan): Promise<void> {
  const file = {
    fileName: 'lieux-de-mediation.csv',
    contentBase64: Buffer.from(plan.csv).toString('base64'),
  };
  const record = { rows: plan.rows, lastState: null, cancelConfirmed: false } as NonNullable<
    Ledger['import']
  >;
  ledger.import = record;
  plan.onProgress('sent');
  const preview = await send(app, 'import.preview', file);
  if (preview === null) return;
  if (!preview.ok) return refused(ledger, 'import.preview', preview);
  const started = await send(app, 'import.start', file);
  if (started === null) return;
  if (!started.ok) return refused(ledger, 'import.start', started);
  const startedAt = performance.now();
  let job = started.data as { jobId: string; state: NonNullable<typeof record.lastState> };
  record.lastState = job.state;
  plan.onProgress('running');
  while (job.state === 'running') {
    if (
      plan.cancelAfterMs !== null &&
      !record.cancelConfirmed &&
      performance.now() - startedAt >= plan.cancelAfterMs
    ) {
      const cancelled = await send(app, 'import.cancel', { jobId: job.jobId });
      if (cancelled === null) return;
      if (!cancelled.ok) refused(ledger, 'import.cancel', cancelled);
      else {
        record.cancelConfirmed = true;
        job = cancelled.data as typeof job;
        record.lastState = job.state;
        continue;
      }
    }
    await sleep(15);
    const progress = await send(app, 'import.progress', { jobId: job.jobId });
    if (progress === null) return;
    if (!progress.ok) return refused(ledger, 'import.progress', progress);
    job = progress.data as typeof job;
    record.lastState = job.state;
  }
  plan.onProgress(job.state);
}
