import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { inputSchemaOf } from '../../shared/api/contract';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { expectWellFormedAnswer } from './support/answerShape';
import { buildHostile, hostileLeafPlan, hostilePlan, mutateAt } from './support/hostileInput';
import { schemaArbitrary, topLevelKeys } from './support/schemaArbitrary';

/**
 * Property-based calls to every method of the contract, on one real backend over a temporary SQLite file with
 * the demo territory. Fixed seed and run counts: the same ~2,000 calls on every run, in well under 30 s.
 * Methods with side effects (territory.reset, actors.purge, import.start…) run too: it is a throwaway database.
 */
const SEED = 20_260_405;
const HOSTILE_RUNS = 12;
const SHAPED_RUNS = 8;
/** Word builds take seconds each: a couple of valid-shaped calls are enough to reach them. */
const SHAPED_RUNS_FOR: Partial<Record<ApiMethod, number>> = {
  'documents.build': 2,
  'territory.createDemo': 2,
};

let dir: string;
let backend: Backend;
const unexpected: string[] = [];
/** Answers of the valid-shaped calls by outcome (`ok`, or the error code), to check they reach the handlers. */
const shapedOutcomes = new Map<string, number>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-fuzz-'));
  backend = createBackend({
    databasePath: join(dir, 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  expect((await backend.router.dispatch('territory.createDemo', {})).ok).toBe(true);
  // The router logs what it did not expect; the fuzzer keeps those lines to show them when a run fails.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    unexpected.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** territory.reset and territory.choose change the ground: put the demo territory back for the next method. */
async function withTerritory(): Promise<void> {
  const territory = await backend.router.dispatch('territory.get', {});
  if (territory.ok && territory.data === null) await backend.router.dispatch('territory.createDemo', {});
}

async function call(method: ApiMethod, input: unknown) {
  let result: unknown;
  try {
    result = await backend.router.dispatch(method, input);
  } catch (error) {
    throw new Error(`${method} a levé une exception au lieu de répondre : ${String(error)}`);
  }
  expectWellFormedAnswer(result);
  if (!result.ok && result.error.code === 'internal')
    throw new Error(`${method} a répondu « internal » : ${unexpected.at(-1) ?? '(rien dans le journal)'}`);
  return result;
}

describe('router fuzz: every method, hostile inputs', () => {
  for (const [index, method] of API_METHODS.entries()) {
    it(`${method} refuses hostile JSON in French, never throws, never « internal »`, async () => {
      await withTerritory();
      await fc.assert(
        fc.asyncProperty(hostilePlan(topLevelKeys(inputSchemaOf(method))), async (plan) => {
          await call(method, buildHostile(plan));
        }),
        { seed: SEED + index, numRuns: HOSTILE_RUNS },
      );
    });
  }
});

describe('router fuzz: every method, valid-shaped inputs with one hostile value inside', () => {
  for (const [index, method] of API_METHODS.entries()) {
    it(`${method} refuses a hostile value at any depth of a valid-shaped input`, async () => {
      await withTerritory();
      await fc.assert(
        fc.asyncProperty(
          schemaArbitrary(inputSchemaOf(method)),
          fc.nat(),
          hostileLeafPlan,
          async (base, place, plan) => {
            await call(method, mutateAt(base, place, buildHostile(plan)));
          },
        ),
        { seed: SEED + index, numRuns: HOSTILE_RUNS },
      );
    });
  }
});

describe('router fuzz: every method, valid-shaped inputs', () => {
  for (const [index, method] of API_METHODS.entries()) {
    it(`${method} answers valid-shaped inputs without « internal »`, async () => {
      await withTerritory();
      await fc.assert(
        fc.asyncProperty(schemaArbitrary(inputSchemaOf(method)), async (input) => {
          const result = await call(method, input);
          const outcome = result.ok ? 'ok' : result.error.code;
          shapedOutcomes.set(outcome, (shapedOutcomes.get(outcome) ?? 0) + 1);
        }),
        { seed: SEED + index, numRuns: SHAPED_RUNS_FOR[method] ?? SHAPED_RUNS },
      );
    });
  }

  it('reaches the handlers: a good share of valid-shaped calls pass validation', () => {
    const total = [...shapedOutcomes.values()].reduce((sum, count) => sum + count, 0);
    const refused = shapedOutcomes.get('invalid_input') ?? 0;
    console.info('[fuzz] appels de forme valide :', Object.fromEntries(shapedOutcomes));
    expect(total).toBeGreaterThan(400);
    expect(total - refused).toBeGreaterThan(total / 3);
  });
});
