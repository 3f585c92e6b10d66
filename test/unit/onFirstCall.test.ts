import { describe, expect, it } from 'vitest';
import type { BackendContext } from '../../electron/backend/context';
import type { HandlerGroup } from '../../electron/backend/router/handlers';
import { onFirstCall } from '../../electron/backend/router/onFirstCall';

type MapMethod = 'map.importContours' | 'map.svg';
const declarations = { 'map.importContours': {}, 'map.svg': {} };
const ctx = {} as BackendContext;

/** A domain whose handlers answer their own name, and which counts its loads. */
function domain(failures = 0) {
  let loads = 0;
  const load = async (): Promise<HandlerGroup<MapMethod>> => {
    loads++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (loads <= failures) throw new Error('chargement impossible');
    return {
      'map.importContours': () => 'contours' as never,
      'map.svg': (input) => ({ drawn: input }) as never,
    };
  };
  return { load, loads: () => loads };
}

describe('a domain loaded on its first call', () => {
  it('offers every declared method without loading anything', () => {
    const counted = domain();
    const lazy = onFirstCall(declarations, counted.load);
    expect(Object.keys(lazy.handlers).sort()).toEqual(['map.importContours', 'map.svg']);
    expect(counted.loads()).toBe(0);
  });

  it('loads once, however many calls arrive meanwhile, and hands each call to its own handler', async () => {
    const counted = domain();
    const { handlers } = onFirstCall(declarations, counted.load);
    const answers = await Promise.all([
      handlers['map.svg']({ communes: 'toutes' } as never, ctx),
      handlers['map.importContours']({} as never, ctx),
      handlers['map.svg']({ communes: 'aucune' } as never, ctx),
    ]);
    expect(answers).toEqual([
      { drawn: { communes: 'toutes' } },
      'contours',
      { drawn: { communes: 'aucune' } },
    ]);
    await handlers['map.svg']({} as never, ctx);
    expect(counted.loads()).toBe(1);
  });

  it('can be loaded ahead of its first call, and that load serves the call', async () => {
    const counted = domain();
    const lazy = onFirstCall(declarations, counted.load);
    await lazy.load();
    expect(await lazy.handlers['map.importContours']({} as never, ctx)).toBe('contours');
    expect(counted.loads()).toBe(1);
  });

  it('tries again on the next call after a load that failed', async () => {
    const counted = domain(1);
    const { handlers } = onFirstCall(declarations, counted.load);
    await expect(handlers['map.svg']({} as never, ctx)).rejects.toThrow('chargement impossible');
    expect(await handlers['map.importContours']({} as never, ctx)).toBe('contours');
    expect(counted.loads()).toBe(2);
  });
});
