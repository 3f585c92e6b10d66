// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import { useLoaded, type LoadedAnswer } from '../../../renderer/src/api/useLoaded';
import type { Result } from '../../../shared/result';

/** Calls the test answers by hand, in the order it chooses. */
interface Pending {
  key: string;
  answer: (result: Result<string>) => Promise<void>;
}

describe('useLoaded', () => {
  const mounted = useMountedRoot();
  let pending: Pending[];
  let seen: LoadedAnswer<string>;

  function Probe({ name }: { name: string | null }) {
    seen = useLoaded(
      () =>
        new Promise<Result<string>>((resolve) => {
          pending.push({
            key: name ?? '',
            answer: (result) => act(async () => resolve(result)),
          });
        }),
      name,
    );
    return null;
  }
  const show = (name: string | null) => act(() => mounted.root().render(createElement(Probe, { name })));

  beforeEach(() => {
    pending = [];
  });

  it('is loading, then ready with the data', async () => {
    show('a');
    expect(seen.loaded).toEqual({ state: 'loading' });
    expect(pending).toHaveLength(1);
    await pending[0]!.answer({ ok: true, data: 'fiche a' });
    expect(seen.loaded).toEqual({ state: 'ready', data: 'fiche a' });
    expect(seen.data).toBe('fiche a');
  });

  it('keeps a failure as its French message and its code', async () => {
    show('a');
    await pending[0]!.answer({
      ok: false,
      error: { code: 'not_found', message: 'Cette fiche n’existe plus.' },
    });
    expect(seen.loaded).toEqual({ state: 'error', code: 'not_found', message: 'Cette fiche n’existe plus.' });
    expect(seen.data).toBeNull();
  });

  it('asks again when the key changes, and drops the late answer to the old key', async () => {
    show('a');
    show('b');
    expect(pending.map((p) => p.key)).toEqual(['a', 'b']);
    expect(seen.loaded).toEqual({ state: 'loading' });
    await pending[1]!.answer({ ok: true, data: 'fiche b' });
    await pending[0]!.answer({ ok: true, data: 'fiche a' }); // late: must not overwrite b
    expect(seen.loaded).toEqual({ state: 'ready', data: 'fiche b' });
    expect(seen.latest).toEqual({ state: 'ready', data: 'fiche b' });
  });

  it('keeps the previous answer in `latest` and `data` while the next key loads', async () => {
    show('a');
    await pending[0]!.answer({ ok: true, data: 'carte a' });
    show('b');
    expect(seen.loaded).toEqual({ state: 'loading' });
    expect(seen.latest).toEqual({ state: 'ready', data: 'carte a' });
    await pending[1]!.answer({ ok: false, error: { code: 'internal', message: 'Carte indisponible.' } });
    expect(seen.latest).toMatchObject({ state: 'error', message: 'Carte indisponible.' });
    expect(seen.data).toBe('carte a');
  });

  it('reloads on demand without going back to loading, and replaces with data given', async () => {
    show('a');
    await pending[0]!.answer({ ok: true, data: 'v1' });
    act(() => seen.reload());
    expect(pending).toHaveLength(2);
    expect(seen.loaded).toEqual({ state: 'ready', data: 'v1' });
    await pending[1]!.answer({ ok: true, data: 'v2' });
    expect(seen.loaded).toEqual({ state: 'ready', data: 'v2' });
    act(() => seen.replace('v3'));
    expect(seen.loaded).toEqual({ state: 'ready', data: 'v3' });
  });

  it('updates the loaded data in place, and only once it is loaded', async () => {
    show('a');
    act(() => seen.update((data) => `${data} modifiée`));
    expect(seen.loaded).toEqual({ state: 'loading' });
    await pending[0]!.answer({ ok: true, data: 'fiche' });
    act(() => seen.update((data) => `${data} modifiée`));
    act(() => seen.update((data) => `${data} deux fois`));
    expect(seen.loaded).toEqual({ state: 'ready', data: 'fiche modifiée deux fois' });
    expect(seen.data).toBe('fiche modifiée deux fois');
  });

  it('asks nothing for a null key', () => {
    show(null);
    expect(pending).toHaveLength(0);
    expect(seen.loaded).toEqual({ state: 'loading' });
  });
});
