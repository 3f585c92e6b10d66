import { useEffect, useRef, useState } from 'react';
import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { call } from '../../api/client';

const POLL_MS = 200;

/** Follows a running import until it ends; `cancel` asks the backend to roll it back. */
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
    if (!result.ok) setError(result.error.message);
  };

  return { job, setJob, error, setError, cancel };
}
