import fc from 'fast-check';

/**
 * Hostile inputs as small plans, built into values only inside the test: fast-check prints a failing plan, and
 * printing a 5,000-level nested value would itself exhaust the stack.
 */
export type HostilePlan =
  | { kind: 'json'; value: unknown }
  | { kind: 'deep'; container: 'array' | 'object'; depth: number }
  | { kind: 'hugeString'; length: number }
  | { kind: 'stringObject'; key: 'toString' | 'valueOf' | 'toJSON' }
  | { kind: 'protoKey' }
  | { kind: 'wideArray'; length: number; item: 'number' | 'stringObject' }
  | { kind: 'keyed'; entries: [string, HostilePlan][] };

export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

const leafPlan: fc.Arbitrary<HostilePlan> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json' as const, value })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      container: fc.constantFrom('array' as const, 'object' as const),
      depth: fc.oneof(fc.integer({ min: 60, max: 70 }), fc.integer({ min: 5_000, max: 12_000 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 10_000, max: 2_000_000 })
      .map((length) => ({ kind: 'hugeString' as const, length })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('toString' as const, 'valueOf' as const, 'toJSON' as const)
      .map((key) => ({ kind: 'stringObject' as const, key })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'protoKey' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wideArray' as const),
      // Short lists reach the schemas' item checks; long ones, the size bound and the per-field bound.
      length: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 40_000, max: 150_000 })),
      item: fc.constantFrom('number' as const, 'stringObject' as const),
    }),
  },
);

/** A whole input: a hostile value, or an object whose keys (the schema's own, or hostile ones) hold hostile values. */
export function hostilePlan(schemaKeys: string[]): fc.Arbitrary<HostilePlan> {
  const key =
    schemaKeys.length > 0
      ? fc.constantFrom(...schemaKeys, ...HOSTILE_KEYS)
      : fc.constantFrom(...HOSTILE_KEYS);
  return fc.oneof(
    { weight: 1, arbitrary: leafPlan },
    {
      weight: 3,
      arbitrary: fc
        .array(fc.tuple(key, leafPlan), { minLength: 1, maxLength: 4 })
        .map((entries) => ({ kind: 'keyed' as const, entries })),
    },
  );
}

/** Own properties, as JSON.parse makes them: `__proto__` stays a key and never becomes a prototype. */
function own(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

export function buildHostile(plan: HostilePlan): unknown {
  switch (plan.kind) {
    case 'json':
      return plan.value;
    case 'deep': {
      let value: unknown = 'fond';
      for (let level = 0; level < plan.depth; level++)
        value = plan.container === 'array' ? [value] : { a: value };
      return value;
    }
    case 'hugeString':
      return 'é'.repeat(plan.length);
    case 'stringObject':
      return own([[plan.key, 1]]);
    case 'protoKey':
      return JSON.parse(
        '{"__proto__": {"isAdmin": true, "toString": 1}, "constructor": {"prototype": 1}}',
      ) as unknown;
    case 'wideArray':
      return Array.from({ length: plan.length }, (_, index) =>
        plan.item === 'number' ? index : { toString: index },
      );
    case 'keyed':
      return own(plan.entries.map(([key, value]) => [key, buildHostile(value)]));
  }
}

/** Every place in a (small, plain) value where another value can be put: the root, each key, each item. */
function placesIn(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => placesIn(item, [...path, index], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) placesIn(item, [...path, key], out);
  return out;
}

/** A valid-shaped input with one of its values, at any depth (`labels.0`), swapped for a hostile one. */
export function mutateAt(base: unknown, placeIndex: number, hostile: unknown): unknown {
  const places = placesIn(base);
  const path = places[placeIndex % places.length]!;
  if (path.length === 0) return hostile;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path.at(-1)!] = hostile;
  return copy;
}

/** One hostile value, as a plan (see `buildHostile`). */
export const hostileLeafPlan = leafPlan;
