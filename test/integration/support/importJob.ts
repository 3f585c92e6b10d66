import type { Backend } from '../../../electron/backend/backend';
import type { ImportJobDto } from '../../../shared/interop/importDto';

/** Polls an import job, one engine turn between calls (its write runs within one), until it is no longer running. */
export async function waitForImport(backend: Backend, job: ImportJobDto): Promise<ImportJobDto> {
  let current = job;
  while (current.state === 'running') {
    await new Promise((resolve) => setImmediate(resolve));
    const progress = await backend.router.dispatch('import.progress', { jobId: job.jobId });
    if (!progress.ok) throw new Error(`import.progress a échoué : ${progress.error.message}`);
    current = progress.data as ImportJobDto;
  }
  return current;
}
