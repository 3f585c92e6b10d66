import { expect } from 'vitest';

const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'no_territory',
  'database_too_new',
  'database_unusable',
  'no_space',
  'unauthorized',
  'internal',
];

/** Words or signs that only a French sentence carries, and traces that only a stack or an English one does. */
const FRENCH =
  /[àâçéèêëîïôûùœ«»’]|\b(le|la|les|un|une|des|du|de|au|aux|est|sont|pas|ce|cette|et|ou|manquant|manquante|inconnu|inconnue|invalide|obligatoire)\b/i;
const NOT_FRENCH =
  /\b(the|undefined|expected|received|cannot|TypeError|RangeError|Maximum call stack)\b|\bat \S+ \(\S+:\d+:\d+\)/i;

/**
 * What every answer of the router must look like, whatever the call: `{ok: true, data}`, or a refusal with a
 * known code, a short French message and at most 50 short per-field messages.
 */
export function expectWellFormedAnswer(
  result: unknown,
): asserts result is
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } } {
  expect(result).toBeTypeOf('object');
  const answer = result as { ok: unknown; data?: unknown; error?: Record<string, unknown> };
  if (answer.ok === true) {
    expect(answer).toHaveProperty('data');
    return;
  }
  expect(answer.ok).toBe(false);
  const error = answer.error!;
  expect(ERROR_CODES).toContain(error.code);
  const message = error.message as string;
  expect(message).toBeTypeOf('string');
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(2_000);
  expect(message).toMatch(FRENCH);
  // What a message quotes « like this » is the user's own text, in whatever language it was typed.
  expect(message.replace(/«[^»]*»/g, '«»')).not.toMatch(NOT_FRENCH);
  if (error.fields !== undefined) {
    const entries = Object.entries(error.fields as Record<string, unknown>);
    expect(entries.length).toBeLessThanOrEqual(50);
    for (const [key, value] of entries) {
      expect(key.length).toBeLessThanOrEqual(200);
      expect(value).toBeTypeOf('string');
      expect((value as string).length).toBeLessThanOrEqual(500);
    }
  }
}
