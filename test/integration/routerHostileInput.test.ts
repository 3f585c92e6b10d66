import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { createRouter } from '../../electron/backend/router/router';
import { AppFailure } from '../../shared/result';
import { expectWellFormedAnswer } from './support/answerShape';
import { contextIn } from './support/context';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
let backend: Backend | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await backend?.close();
  backend = null;
});

function open(): Backend {
  backend = createBackend({ databasePath: join(tempDir(), 'maillage.sqlite') });
  return backend;
}

const nested = (depth: number, container: 'array' | 'object'): unknown => {
  let value: unknown = 'fond';
  for (let level = 0; level < depth; level++) value = container === 'array' ? [value] : { a: value };
  return value;
};

async function refusal(b: Backend, method: string, input: unknown) {
  const result = await b.router.dispatch(method, input);
  expectWellFormedAnswer(result);
  if (result.ok) throw new Error(`${method} aurait dû refuser`);
  return result.error;
}

describe('router against hostile JSON (issue 11, item 5)', () => {
  it('refuses 5,000-level nested arrays and objects in French, before any schema recurses', async () => {
    const b = open();
    for (const container of ['array', 'object'] as const) {
      const deep = nested(5_000, container);
      for (const input of [deep, { labels: deep }, { name: 'Médiathèque', publics: [deep] }]) {
        const error = await refusal(b, 'actors.create', input);
        expect(error).toEqual({
          code: 'invalid_input',
          message: 'Saisie refusée\u00a0: les données sont imbriquées sur plus de 64 niveaux.',
        });
      }
    }
    // A form's own depth passes the guard.
    expect((await b.router.dispatch('actors.list', { labels: ['a'] })).ok).toBe(true);
  });

  it('refuses inputs with too many values, and cycles, without walking them', async () => {
    const b = open();
    const wide = await refusal(b, 'actors.list', { communeCodes: new Array(1e9) });
    expect(wide.message).toMatch(/trop d’éléments/);
    const cyclic: Record<string, unknown> = { search: 'x' };
    cyclic.self = cyclic;
    expect((await refusal(b, 'actors.list', cyclic)).message).toMatch(/^Saisie refusée/);
  });

  it('refuses objects where strings are expected, even when String() of them throws', async () => {
    const b = open();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cases: [string, unknown][] = [
      ['referential.searchEpci', { query: { toString: 1 } }],
      ['actors.create', { name: 'Médiathèque', publics: [{ toString: 1 }] }],
      ['actors.create', { name: 'Médiathèque', labels: [{ valueOf: 1, toString: 1 }] }],
      ['roadmap.setRole', { actionId: 1, memberId: 1, role: { toString: 1 } }],
      ['roadmap.setRole', { actionId: 1, memberId: 1, role: [nested(60, 'array')] }],
    ];
    for (const [method, input] of cases) {
      const error = await refusal(b, method, input);
      expect(error.code).toBe('invalid_input');
    }
    // The roadmap's own lists name the value without calling String() on it.
    const role = await refusal(b, 'roadmap.setRole', { actionId: 1, memberId: 1, role: { toString: 1 } });
    expect(role.message).toMatch(/Rôle\s?: valeur inconnue \(un objet\)/);
  });

  it('ignores __proto__ and constructor keys: they neither pollute nor reach a handler', async () => {
    const b = open();
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "query": "rochelle"}',
    ) as unknown;
    const result = await b.router.dispatch('referential.searchEpci', input);
    expectWellFormedAnswer(result);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const error = await refusal(
      b,
      'referential.searchEpci',
      JSON.parse('{"query": {"__proto__": {"x": 1}}}'),
    );
    expect(error.fields).toHaveProperty('query');
  });

  it('names an unknown method in French whatever it is, without calling String() on it', async () => {
    const b = open();
    for (const name of [{ toString: 1 }, Symbol('x'), 'x'.repeat(100_000), null]) {
      const error = await refusal(b, name as string, {});
      expect(error.code).toBe('unknown_method');
      expect(error.message).toMatch(/^Action inconnue/);
      expect(error.message.length).toBeLessThan(120);
    }
  });
});

describe('router error sizes (issue 11, item 8)', () => {
  it('bounds the message and the fields of a validation error with thousands of issues', async () => {
    const b = open();
    const error = await refusal(b, 'actors.list', { roles: Array.from({ length: 40_000 }, (_, i) => i) });
    expect(Object.keys(error.fields ?? {})).toHaveLength(50);
    expect(error.message).toMatch(/\(et 39\s?999 autres points à corriger\)$/);
  });

  it('bounds what a handler throws: a million-name message and a 100,000-entry field map', async () => {
    const { ctx, close } = contextIn(tempDir());
    const router = createRouter(ctx);
    const columns = Array.from({ length: 1_000_000 }, (_, i) => `colonne_${i}`);
    router.register({
      'app.info': () => {
        throw new AppFailure(
          'invalid_input',
          `Colonnes lues : ${columns.join(', ')}.`,
          Object.fromEntries(
            columns
              .slice(0, 100_000)
              .map((column, i) => [
                i === 0 ? column.repeat(100) : column,
                i === 0 ? 'vide '.repeat(1_000) : 'vide',
              ]),
          ),
        );
      },
    });
    const result = await router.dispatch('app.info', {});
    await close();
    expectWellFormedAnswer(result);
    if (result.ok) throw new Error('app.info aurait dû échouer');
    expect(result.error.message.length).toBeLessThanOrEqual(2_000);
    expect(result.error.message).toMatch(/^Colonnes lues : colonne_0, colonne_1, /);
    expect(result.error.message).toMatch(/… \(abrégé\u00a0: [\d\s\u202f]+\u00a0caractères de plus\)$/);
    const fields = Object.entries(result.error.fields!);
    expect(fields).toHaveLength(50);
    expect(fields[0]![0].length).toBeLessThanOrEqual(200);
    expect(fields[0]![1].length).toBeLessThanOrEqual(500);
    expect(JSON.stringify(result).length).toBeLessThan(30_000);
  });

  it('lists at most ten columns when an indicator file has 50,000 and none is a commune code', async () => {
    const b = open();
    expect((await b.router.dispatch('territory.createDemo', {})).ok).toBe(true);
    const header = Array.from({ length: 50_000 }, (_, i) => `colonne_${i}`).join(';');
    const contentBase64 = Buffer.from(`${header}\n${header}\n`).toString('base64');
    const error = await refusal(b, 'indicators.preview', {
      fileName: 'large.csv',
      contentBase64,
      kind: 'generic',
    });
    expect(error.message).toMatch(/colonne_9… \(et 49\s?990 autres\)\)/);
    expect(error.message.length).toBeLessThan(400);
  });
});
