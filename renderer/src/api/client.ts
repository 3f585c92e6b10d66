import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { ApiMethod } from '../../../shared/api/methods';
import type { AppError, Result } from '../../../shared/result';

/** The desktop preload exposes this; in the browser mode it is absent and calls go over HTTP. */
interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** The system's « Ouvrir » dialog (`electron/main/fileDialog.ts`). */
  chooseFile(kind: string): Promise<Result<unknown>>;
}
declare global {
  interface Window {
    api?: DesktopBridge;
  }
}

const TOKEN_KEY = 'maillage.jeton';

/** Takes the per-run token from the address (#jeton=…) into the tab's session, and out of the address bar. */
export function captureSessionToken(): void {
  const match = /(?:^#|&)jeton=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-maillage-jeton': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Maillage ne répond plus\u00a0: vérifiez que la fenêtre de commande est restée ouverte.',
      },
    };
  }
}

/** One typed function, whatever the transport. */
export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<Result<ApiOutput<M>>> {
  const result = window.api ? await window.api.invoke(method, input) : await overHttp(method, input);
  return result as Result<ApiOutput<M>>;
}

/** Same as `call`, but throws an ApiError (for places where a failure can only be shown, not handled). */
export async function callOrThrow<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}
