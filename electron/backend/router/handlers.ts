import type { ApiMethod } from '../../../shared/api/methods';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  ctx: BackendContext,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** A domain's handlers, typed by method name (Actual Budget's handler-map idea). */
export type HandlerGroup<M extends ApiMethod = ApiMethod> = { [K in M]: Handler<K> };
