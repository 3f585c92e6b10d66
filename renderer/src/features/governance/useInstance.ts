import { useCallback, useEffect, useState } from 'react';
import type { ForgetNoOneReportDto, InstanceDto } from '../../../../shared/governance/governanceDto';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../api/client';

export interface InstancePageState {
  instance: InstanceDto | null;
  report: ForgetNoOneReportDto | null;
  loadError: string | null;
  /** Runs a change of the body (members…); on success shows the new body and re-runs the check. */
  change: (run: () => Promise<Result<InstanceDto>>) => Promise<AppError | null>;
  /** Runs a change of the check (assume, undo) and shows its new report. */
  changeCheck: (run: () => Promise<Result<ForgetNoOneReportDto>>) => Promise<AppError | null>;
  setInstance: (instance: InstanceDto) => void;
}

/** One body's page: the body and its « n'oublier personne » report, kept in step after each change. */
export function useInstance(id: number): InstancePageState {
  const [instance, setInstance] = useState<InstanceDto | null>(null);
  const [report, setReport] = useState<ForgetNoOneReportDto | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refreshCheck = useCallback(async () => {
    const result = await call('instances.check', { id });
    if (result.ok) setReport(result.data);
  }, [id]);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('instances.get', { id }), call('instances.check', { id })]).then(
      ([body, check]) => {
        if (cancelled) return;
        if (!body.ok) {
          setLoadError(body.error.message);
          return;
        }
        setInstance(body.data);
        if (check.ok) setReport(check.data);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  const change = useCallback(
    async (run: () => Promise<Result<InstanceDto>>) => {
      const result = await run();
      if (!result.ok) return result.error;
      setInstance(result.data);
      await refreshCheck();
      return null;
    },
    [refreshCheck],
  );

  const changeCheck = useCallback(async (run: () => Promise<Result<ForgetNoOneReportDto>>) => {
    const result = await run();
    if (!result.ok) return result.error;
    setReport(result.data);
    return null;
  }, []);

  return { instance, report, loadError, change, changeCheck, setInstance };
}
