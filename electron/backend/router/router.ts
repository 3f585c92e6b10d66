import { z } from 'zod';
import { inputSchemaOf } from '../../../shared/api/contract';
import { API_METHODS, isApiMethod, type ApiMethod } from '../../../shared/api/methods';
import { clip } from '../../../shared/format/boundedText';
import { quoted } from '../../../shared/format/french';
import { AppFailure, fail, ok, type ErrorCode, type Result } from '../../../shared/result';
import type { BackendContext } from '../context';
import { gatedCall } from '../db/gatedCall';
import { boundError, MAX_FIELDS } from './boundError';
import type { Handler, HandlerGroup } from './handlers';
import { refuseInputShape } from './inputShape';

z.config(z.locales.fr());

/** Turns zod issues into one French sentence plus a message per field path (the first ones only). */
function describeIssues(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    if (fields.size === MAX_FIELDS) break;
    // Paths hold schema keys and array indices only; `String` of those cannot throw.
    const path = issue.path.map((part) => (typeof part === 'symbol' ? '?' : String(part))).join('.') || '_';
    if (!fields.has(path)) fields.set(path, issue.message);
  }
  const first = error.issues[0]?.message ?? 'Saisie invalide.';
  const count = error.issues.length;
  return {
    message:
      count > 1
        ? `${first} (et ${count - 1} autre${count > 2 ? 's' : ''} point${count > 2 ? 's' : ''} à corriger)`
        : first,
    // fromEntries defines own properties: no path can reach a prototype.
    fields: Object.fromEntries(fields),
  };
}

/** Every refusal leaves through here: bounded in size, whatever wrote it. */
function refuse(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  const error = boundError(fields ? { code, message, fields } : { code, message });
  return fail(error.code, error.message, error.fields);
}

const UNEXPECTED =
  'Une erreur inattendue est survenue\u00a0; rien n’a été enregistré. Réessayez, puis signalez-la si elle revient.';

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
        if (!isApiMethod(name)) throw new Error(`Méthode hors contrat\u00a0: ${name}`);
        if (handlers.has(name)) throw new Error(`Méthode déjà enregistrée\u00a0: ${name}`);
        handlers.set(name, handler as Handler<ApiMethod>);
      }
    },
    missing() {
      return API_METHODS.filter((name) => !handlers.has(name));
    },
    async dispatch(name, rawInput) {
      if (!isApiMethod(name) || !handlers.has(name)) {
        const shown = typeof name === 'string' ? quoted(clip(name, 80)) : 'sans nom lisible';
        return refuse('unknown_method', `Action inconnue\u00a0: ${shown}.`);
      }
      // Bounded before validation: zod, like String(), recurses and would exhaust the stack.
      const shapeRefusal = refuseInputShape(rawInput);
      if (shapeRefusal !== null) return refuse('invalid_input', shapeRefusal);
      let parsed: z.ZodSafeParseResult<unknown>;
      try {
        parsed = inputSchemaOf(name).safeParse(rawInput ?? {});
        // Zod writes its messages lazily, when `error` is first read: that is inside this `try` too.
        if (!parsed.success) {
          const { message, fields } = describeIssues(parsed.error);
          return refuse('invalid_input', message, fields);
        }
      } catch (error) {
        // A schema's own message builder choked on the value (`String({"toString": 1})` throws): still a refusal.
        console.error(`[maillage] validation impossible pour ${name}`, error);
        return refuse('invalid_input', 'Saisie invalide\u00a0: une valeur n’a pas la forme attendue.');
      }
      try {
        const handler = handlers.get(name)!;
        const data = await gatedCall(ctx, name, () => handler(parsed.data as never, ctx));
        return ok(data);
      } catch (error) {
        if (error instanceof AppFailure) return refuse(error.code, error.message, error.fields);
        console.error(`[maillage] erreur dans ${name}`, error);
        return refuse('internal', UNEXPECTED);
      }
    },
  };
}
