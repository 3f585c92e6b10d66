import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { inputSchemaOf } from '../../shared/api/contract';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { expectWellFormedAnswer } from '../integration/support/answerShape';
import { buildHostile, hostileLeafPlan, hostilePlan, mutateAt } from '../integration/support/hostileInput';
import { schemaArbitrary, topLevelKeys } from '../integration/support/schemaArbitrary';

/**
 * Campaign 2: the fuzzer of `test/integration/routerFuzz.test.ts`, longer and with its own seed, over one real
 * engine on a temporary file with the demo territory. The same three kinds of calls per method (hostile
 * JSON; a valid-shaped input with one hostile value inside; valid-shaped inputs), drawn with `fc.sample` so
 * that every failure is counted rather than the first one only.
 */

export interface FuzzCounts {
  seed: number;
  methods: number;
  calls: number;
  /** Answers by outcome: `ok`, or the refusal's code. */
  outcomes: Map<string, number>;
  /** Calls that threw, answered `internal`, or answered in a shape or a language the renderer cannot show. */
  failures: string[];
  /** Lines the engine logged as unexpected. */
  loggedErrors: number;
  durationMs: number;
}

/** Word builds and the demo territory take a second or more each: a few valid-shaped calls reach them. */
const SHAPED_CAP: Partial<Record<ApiMethod, number>> = { 'documents.build': 4, 'territory.createDemo': 4 };

async function withTerritory(backend: Backend): Promise<void> {
  const territory = await backend.router.dispatch('territory.get', {});
  if (territory.ok && territory.data === null) await backend.router.dispatch('territory.createDemo', {});
}

export async function longFuzz(seed: number, hostileRuns: number, shapedRuns: number): Promise<FuzzCounts> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-fuzz-long-'));
  const backend = createBackend({
    databasePath: join(dir, 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  const counts: FuzzCounts = {
    seed,
    methods: API_METHODS.length,
    calls: 0,
    outcomes: new Map(),
    failures: [],
    loggedErrors: 0,
    durationMs: 0,
  };
  const logged: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    counts.loggedErrors++;
    logged.push(
      args
        .map((arg) => (arg instanceof Error ? arg.stack : String(arg)))
        .join(' ')
        .slice(0, 500),
    );
  };
  const call = async (method: ApiMethod, kind: string, input: () => unknown) => {
    counts.calls++;
    let result: unknown;
    try {
      result = await backend.router.dispatch(method, input());
      expectWellFormedAnswer(result);
    } catch (error) {
      counts.failures.push(`${method} (${kind}) : ${(error as Error).message.slice(0, 300)}`);
      return;
    }
    const outcome = result.ok ? 'ok' : result.error.code;
    counts.outcomes.set(outcome, (counts.outcomes.get(outcome) ?? 0) + 1);
    if (outcome === 'internal')
      counts.failures.push(
        `${method} (${kind}) a répondu « internal » : ${logged.at(-1) ?? '(rien au journal)'}`,
      );
  };

  try {
    if (!(await backend.router.dispatch('territory.createDemo', {})).ok)
      throw new Error('Le territoire de démonstration n’a pas pu être créé.');
    for (const [index, method] of API_METHODS.entries()) {
      const options = { seed: seed + index, numRuns: hostileRuns };
      await withTerritory(backend);
      for (const plan of fc.sample(hostilePlan(topLevelKeys(inputSchemaOf(method))), options))
        await call(method, 'JSON hostile', () => buildHostile(plan));
      await withTerritory(backend);
      const mutated = fc.tuple(schemaArbitrary(inputSchemaOf(method)), fc.nat(), hostileLeafPlan);
      for (const [base, place, plan] of fc.sample(mutated, options))
        await call(method, 'valeur hostile dans une forme valide', () =>
          mutateAt(base, place, buildHostile(plan)),
        );
      await withTerritory(backend);
      const shaped = { seed: seed + index, numRuns: Math.min(shapedRuns, SHAPED_CAP[method] ?? shapedRuns) };
      for (const input of fc.sample(schemaArbitrary(inputSchemaOf(method)), shaped))
        await call(method, 'forme valide', () => input);
      if ((index + 1) % 10 === 0 || index === API_METHODS.length - 1)
        console.log(
          `  Fuzz : ${index + 1}/${API_METHODS.length} méthodes, ${counts.calls.toLocaleString('fr-FR')} appels, ` +
            `${counts.failures.length} échec(s)`,
        );
    }
  } finally {
    console.error = consoleError;
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
  counts.durationMs = performance.now() - started;
  return counts;
}
