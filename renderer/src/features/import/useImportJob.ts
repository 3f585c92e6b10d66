import { useEffect, useRef, useState } from 'react';
import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { call } from '../../api/client';

const POLL_MS = 200;

/**
 * Follows a running import until it ends. While its rows are written the engine answers nothing (the write
 * runs in one go), so a poll sent then is answered at the end. `cancel` stops an import that still waits
 * for the database; its answer is shown at once (cancelled, or writing when it came too late).
 */
export function useImportJob() {
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    timer.current = setTimeout(() => {
      void call('import.progress', { jobId: job.jobId }).then((result) => {
        if (result.ok) setJob(result.data);
        else setError(result.error.message);
      });
    }, POLL_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [job]);

  const cancel = async () => {
    if (!job) return;
    const result = await call('import.cancel', { jobId: job.jobId });
    if (result.ok) setJob(result.data);
    else setError(result.error.message);
  };

  return { job, setJob, error, setError, cancel };
}
