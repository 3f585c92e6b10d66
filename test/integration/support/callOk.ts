import type { Backend } from '../../../electron/backend/backend';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';

/** Calls a method through the router and answers its data; a refusal fails the test with its message. */
export async function callOk<M extends ApiMethod>(
  backend: Backend,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.data as ApiOutput<M>;
}
