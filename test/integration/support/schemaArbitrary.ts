import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check values shaped like a zod input schema: the right keys, the right kinds, enum values taken from the
 * schema, numbers near existing ids, strings that often pass (dates, codes, short words) and sometimes do not.
 * Enough to reach the handlers behind the validation, which is where a fuzzer of valid-shaped calls must go.
 */

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  format?: string;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const checksOf = (def: SchemaDef): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def);

/** Strings a form would send: ISO dates and months, commune and postal codes, a SIREN, words, and noise. */
function stringArbitrary(def: SchemaDef): fc.Arbitrary<string> {
  const max = checksOf(def).find((check) => check.check === 'max_length')?.maximum ?? 200;
  const likely = fc.constantFrom(
    '',
    'Médiathèque',
    '2026-04-05',
    '2026-09',
    '86070',
    '86400',
    '200069763',
    'nom@domaine.fr',
    '01 02 03 04 05',
    'https://exemple.fr',
    'Mo-Fr 09:00-12:00',
  );
  return fc
    .oneof(likely, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }))
    .map((text) => text.slice(0, max));
}

function numberArbitrary(def: SchemaDef): fc.Arbitrary<number> {
  const integer = checksOf(def).some((check) => check.format === 'safeint');
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 2_000 }) },
    { weight: 1, arbitrary: integer ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true }) },
  );
}

export function schemaArbitrary(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const entries = Object.fromEntries(
        Object.entries(shape).map(([key, value]) => [key, schemaArbitrary(value, depth + 1)]),
      );
      return fc.record(entries);
    }
    case 'default':
    case 'prefault':
    case 'optional':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 4, arbitrary: schemaArbitrary(def.innerType!, depth) },
      );
    case 'nullable':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 4, arbitrary: schemaArbitrary(def.innerType!, depth) },
      );
    case 'pipe':
      return schemaArbitrary(def.in!, depth);
    case 'array':
      return fc.array(schemaArbitrary(def.element!, depth + 1), { maxLength: 4 });
    case 'record':
      return fc.dictionary(
        schemaArbitrary(def.keyType!, depth + 1).map(String),
        schemaArbitrary(def.valueType!, depth + 1),
        { maxKeys: 4 },
      );
    case 'union':
      return fc.oneof(...def.options!.map((option) => schemaArbitrary(option, depth)));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    default:
      // A kind this helper does not know: any JSON value, which the schema will most likely refuse.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The keys an input schema reads at its top level (through defaults, pipes and unions). */
export function topLevelKeys(schema: z.ZodType): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.keys(def.shape ?? {});
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
      return topLevelKeys(def.innerType!);
    case 'pipe':
      return topLevelKeys(def.in!);
    case 'union':
      return [...new Set(def.options!.flatMap(topLevelKeys))];
    default:
      return [];
  }
}
