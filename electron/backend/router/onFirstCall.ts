import type { ApiMethod } from '../../../shared/api/methods';
import type { Handler, HandlerGroup } from './handlers';

export interface LoadedOnFirstCall<M extends ApiMethod> {
  /** One handler per declared method, each waiting for the domain's code on the domain's first call. */
  handlers: HandlerGroup<M>;
  /** Loads the domain now (once; a load that failed is tried again on the next call). */
  load(): Promise<HandlerGroup<M>>;
}

/**
 * A domain whose code is loaded on its first call, not at the engine's start: its methods are known from its
 * declarations (`shared/<domain>/<domain>Api.ts`, loaded with the contract anyway), and each forwards to the
 * domain's handler once `load` (a dynamic `import()`, which the build turns into files of their own) has
 * answered. The engine thus opens the database and answers without first compiling the importer, the maps,
 * the documents and the libraries only they use (docx, resvg, proj4, papaparse, d3-geo, opening_hours).
 * `load` is typed by the same method names: a domain that does not handle one of them does not compile.
 */
export function onFirstCall<M extends ApiMethod>(
  declarations: { readonly [K in M]: unknown },
  load: () => Promise<HandlerGroup<M>>,
): LoadedOnFirstCall<M> {
  let loading: Promise<HandlerGroup<M>> | null = null;
  const loadOnce = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const handlers: Partial<Record<M, Handler<ApiMethod>>> = {};
  for (const name of Object.keys(declarations) as M[]) {
    handlers[name] = async (input, ctx) => {
      const handler = (await loadOnce())[name] as unknown as Handler<ApiMethod> | undefined;
      if (!handler) throw new Error(`Méthode sans traitement dans son domaine\u00a0: ${name}`);
      return handler(input, ctx);
    };
  }
  return { handlers: handlers as HandlerGroup<M>, load: loadOnce };
}
