/**
 * A cheap look at a call's input before any schema sees it. Zod, `String()` and `JSON.stringify` all recurse:
 * a 5,000-level nested array exhausts the stack in any of them. So the input is walked once, without recursion,
 * and refused in French when it is deeper, larger or of another kind than a form could ever send.
 */

/** No form nests deeper than a few levels (actor → places → permanences → weekdays). */
export const MAX_INPUT_DEPTH = 64;
/** Values (objects, arrays, strings, numbers…) in one input; the largest form holds a few thousand. */
export const MAX_INPUT_VALUES = 100_000;

const REFUSAL = {
  depth: `Saisie refusée\u00a0: les données sont imbriquées sur plus de ${MAX_INPUT_DEPTH} niveaux.`,
  size: 'Saisie refusée\u00a0: les données comptent trop d’éléments (100\u00a0000 au plus).',
  kind: 'Saisie refusée\u00a0: seules des données JSON (textes, nombres, listes, objets) sont acceptées.',
} as const;

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * null when the input may go on to validation, else the French sentence that refuses it. Never throws: a getter
 * or a proxy that throws while being read is itself a reason to refuse.
 */
export function refuseInputShape(input: unknown): string | null {
  try {
    return walk(input);
  } catch {
    return REFUSAL.kind;
  }
}

function walk(input: unknown): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  // Every value ever queued is counted, so that the queue itself stays within the bound.
  let queued = 1;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (value === null || value === undefined) continue;
    const kind = typeof value;
    if (kind === 'string' || kind === 'boolean') continue;
    if (kind === 'number') {
      if (!Number.isFinite(value)) return REFUSAL.kind;
      continue;
    }
    if (kind !== 'object') return REFUSAL.kind;
    if (depth >= MAX_INPUT_DEPTH) return REFUSAL.depth;
    let children: unknown[];
    if (Array.isArray(value)) {
      // Counted before reading: a sparse `new Array(1e9)` is refused without being walked.
      if (queued + value.length > MAX_INPUT_VALUES) return REFUSAL.size;
      children = value as unknown[];
    } else {
      if (!isPlainObject(value as object)) return REFUSAL.kind;
      const keys = Object.keys(value as object);
      if (queued + keys.length > MAX_INPUT_VALUES) return REFUSAL.size;
      children = keys.map((key) => (value as Record<string, unknown>)[key]);
    }
    queued += children.length;
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return null;
}
