import { z } from 'zod';
import { inputSchemas } from '../../../shared/api/contract';
import { API_METHODS, isApiMethod, type ApiMethod } from '../../../shared/api/methods';
import { AppFailure, fail, ok, type Result } from '../../../shared/result';
import type { BackendContext } from '../context';
import { gatedCall } from '../db/gatedCall';
import type { Handler, HandlerGroup } from './handlers';

z.config(z.locales.fr());

/** Turns zod issues into one French sentence plus a message per field path. */
function describeIssues(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const first = error.issues[0]?.message ?? 'Saisie invalide.';
  const count = error.issues.length;
  return {
    message:
      count > 1
        ? `${first} (et ${count - 1} autre${count > 2 ? 's' : ''} point${count > 2 ? 's' : ''} à corriger)`
        : first,
    fields,
  };
}

export interface Router {
  register(group: Partial<HandlerGroup>): void;
  /** Methods of the contract that have no handler yet (empty once the backend is complete). */
  missing(): ApiMethod[];
  dispatch(name: unknown, rawInput: unknown): Promise<Result<unknown>>;
}

export function createRouter(ctx: BackendContext): Router {
  const handlers = new Map<ApiMethod, Handler<ApiMethod>>();

  return {
    register(group) {
      for (const [name, handler] of Object.entries(group)) {
        if (!isApiMethod(name)) throw new Error(`Méthode hors contrat : ${name}`);
        if (handlers.has(name)) throw new Error(`Méthode déjà enregistrée : ${name}`);
        handlers.set(name, handler as Handler<ApiMethod>);
      }
    },
    missing() {
      return API_METHODS.filter((name) => !handlers.has(name));
    },
    async dispatch(name, rawInput) {
      if (!isApiMethod(name) || !handlers.has(name)) {
        return fail('unknown_method', `Action inconnue : « ${String(name).slice(0, 80)} ».`);
      }
      const parsed = inputSchemas[name].safeParse(rawInput ?? {});
      if (!parsed.success) {
        const { message, fields } = describeIssues(parsed.error);
        return fail('invalid_input', message, fields);
      }
      try {
        const handler = handlers.get(name)!;
        const data = await gatedCall(ctx, name, () => handler(parsed.data as never, ctx));
        return ok(data);
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.code, error.message, error.fields);
        console.error(`[maillage] erreur dans ${name}`, error);
        return fail(
          'internal',
          'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez, puis signalez-la si elle revient.',
        );
      }
    },
  };
}
