import type { Backend } from '../../../electron/backend/backend';
import type { ImportJobDto } from '../../../shared/interop/importDto';

/**
 * What a user does while a long import waits or writes: the roadmap autosaves a field, the diagnostic's
 * commentary is saved, the diagnostic is frozen. Each save is sent without waiting for the previous one (as
 * the screens do) and recorded when, and only when, it is confirmed.
 */

export interface ConfirmedSave {
  kind: 'autosave' | 'commentary' | 'freeze';
  n: number;
  /** Whether a transaction was open on the connection when the save was confirmed (it then belongs to it). */
  insideTransaction: boolean;
}

export function savesDuringImport(backend: Backend, onConfirmed: (save: ConfirmedSave) => void) {
  const pending: Promise<void>[] = [];
  let n = 0;
  const send = (kind: ConfirmedSave['kind'], method: string, input: unknown) => {
    const current = ++n;
    pending.push(
      backend.router.dispatch(method, input).then((result) => {
        if (!result.ok) throw new Error(`${method} a échoué : ${result.error.message}`);
        onConfirmed({ kind, n: current, insideTransaction: backend.ctx.sqlite.inTransaction });
      }),
    );
  };
  return {
    /** One round of the three saves. */
    sendRound(): void {
      send('autosave', 'roadmap.updateText', { context: `Contexte enregistré n° ${n + 1}` });
      send('commentary', 'diagnostic.setCommentary', {
        section: 'synthese',
        text: `Commentaire n° ${n + 1}`,
      });
      send('freeze', 'diagnostic.freeze', { title: `Diagnostic figé n° ${n + 1}` });
    },
    settled: () => Promise.all(pending),
  };
}

/** Polls the job once, one engine turn later. */
export async function progressOf(backend: Backend, jobId: string): Promise<ImportJobDto> {
  await new Promise((resolve) => setImmediate(resolve));
  const progress = await backend.router.dispatch('import.progress', { jobId });
  if (!progress.ok) throw new Error(progress.error.message);
  return progress.data as ImportJobDto;
}
