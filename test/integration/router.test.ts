import { afterEach, describe, expect, it, vi } from 'vitest';
import { appHandlers } from '../../electron/backend/app/handlers';
import { createRouter } from '../../electron/backend/router/router';
import { AppFailure } from '../../shared/result';
import { contextIn } from './support/context';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function router() {
  const { ctx, close } = contextIn(tempDir());
  closers.push(close);
  return createRouter(ctx);
}

describe('router', () => {
  it('answers a registered method with {ok: true, data}', async () => {
    const r = router();
    r.register(appHandlers);
    const result = await r.dispatch('app.info', {});
    expect(result).toMatchObject({ ok: true, data: { today: '2026-04-05', version: 'test' } });
  });

  it('rejects unknown methods, including contract methods with no handler, in French', async () => {
    const r = router();
    r.register(appHandlers);
    for (const name of ['actors.dropTable', 'actors.list', 42, null]) {
      const result = await r.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Action inconnue/);
    }
  });

  it('makes a duplicate registration impossible', () => {
    const r = router();
    r.register(appHandlers);
    expect(() => r.register(appHandlers)).toThrow(/déjà enregistrée/);
    expect(() => r.register({ 'pas.au.contrat': () => 1 } as never)).toThrow(/hors contrat/);
  });

  it('validates every input and names the faulty field', async () => {
    const r = router();
    const handler = vi.fn();
    r.register({ 'referential.getEpci': handler });
    const result = await r.dispatch('referential.getEpci', { siren: '12AB' });
    expect(handler).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Le SIREN d’un EPCI compte 9 chiffres.',
        fields: { siren: 'Le SIREN d’un EPCI compte 9 chiffres.' },
      },
    });
  });

  it('turns a French failure into an error value, and hides unexpected errors behind a French message', async () => {
    const r = router();
    r.register({
      'referential.getEpci': () => {
        throw new AppFailure('not_found', 'Aucun EPCI ne porte ce SIREN.');
      },
      'referential.searchEpci': () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    expect(await r.dispatch('referential.getEpci', { siren: '123456789' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Aucun EPCI ne porte ce SIREN.' },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const unexpected = await r.dispatch('referential.searchEpci', { query: 'x' });
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!unexpected.ok) expect(unexpected.error.message).not.toMatch(/undefined/);
  });

  it('lists the contract methods that still lack a handler', () => {
    const r = router();
    r.register(appHandlers);
    expect(r.missing()).toContain('actors.list');
    expect(r.missing()).not.toContain('app.info');
  });
});
