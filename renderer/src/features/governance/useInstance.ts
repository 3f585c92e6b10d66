import { useCallback } from 'react';
import type { ForgetNoOneReportDto, InstanceDto } from '../../../../shared/governance/governanceDto';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';

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

interface InstancePage {
  instance: InstanceDto;
  report: ForgetNoOneReportDto | null;
}

/** The body and its check, asked together; a check that fails leaves the page without its report. */
async function loadInstancePage(id: number): Promise<Result<InstancePage>> {
  const [body, check] = await Promise.all([call('instances.get', { id }), call('instances.check', { id })]);
  return body.ok ? { ok: true, data: { instance: body.data, report: check.ok ? check.data : null } } : body;
}

/** One body's page: the body and its « n'oublier personne » report, kept in step after each change. */
export function useInstance(id: number): InstancePageState {
  const { loaded, update } = useLoaded(() => loadInstancePage(id), `instance-${id}`);

  const setInstance = useCallback(
    (instance: InstanceDto) => update((page) => ({ ...page, instance })),
    [update],
  );
  const setReport = useCallback(
    (report: ForgetNoOneReportDto) => update((page) => ({ ...page, report })),
    [update],
  );

  const refreshCheck = useCallback(async () => {
    const result = await call('instances.check', { id });
    if (result.ok) setReport(result.data);
  }, [id, setReport]);

  const change = useCallback(
    async (run: () => Promise<Result<InstanceDto>>) => {
      const result = await run();
      if (!result.ok) return result.error;
      setInstance(result.data);
      await refreshCheck();
      return null;
    },
    [refreshCheck, setInstance],
  );

  const changeCheck = useCallback(
    async (run: () => Promise<Result<ForgetNoOneReportDto>>) => {
      const result = await run();
      if (!result.ok) return result.error;
      setReport(result.data);
      return null;
    },
    [setReport],
  );

  return {
    instance: loaded.state === 'ready' ? loaded.data.instance : null,
    report: loaded.state === 'ready' ? loaded.data.report : null,
    loadError: loaded.state === 'error' ? loaded.message : null,
    change,
    changeCheck,
    setInstance,
  };
}
