// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

let broken = true;
function Screen() {
  if (broken) throw new TypeError('items is undefined');
  return createElement('p', null, 'Annuaire des acteurs');
}

describe('a screen that breaks', () => {
  const mounted = useMountedRoot();
  const calls: { method: string; input: Record<string, string> }[] = [];

  beforeEach(() => {
    broken = true;
    calls.length = 0;
    // The desktop bridge, as the preload exposes it.
    (window as unknown as { api: unknown }).api = {
      invoke: (method: string, input: Record<string, string>) => {
        calls.push({ method, input });
        return Promise.resolve({
          ok: true,
          data: { logPath: 'C:\\Users\\agent\\AppData\\Roaming\\Maillage\\journal\\maillage.log' },
        });
      },
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a French message with the log file instead of a blank window, and logs the error', async () => {
    await act(async () => mounted.root().render(createElement(ErrorBoundary, null, createElement(Screen))));
    const text = mounted.container().textContent ?? '';
    expect(text).toContain('Cet écran a rencontré une erreur');
    expect(text).toContain('Ce qui était déjà enregistré est intact');
    expect(text).toContain('Maillage\\journal\\maillage.log');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('app.reportError');
    expect(calls[0]!.input.where).toBe('écran');
    expect(calls[0]!.input.message).toBe('TypeError\u00a0: items is undefined');
    expect(calls[0]!.input.stack).toContain('Composants\u00a0:');
  });

  it('goes back to the home screen when asked', async () => {
    await act(async () => mounted.root().render(createElement(ErrorBoundary, null, createElement(Screen))));
    broken = false;
    const back = [...mounted.container().querySelectorAll('button')].find(
      (b) => b.textContent === 'Revenir à l’accueil',
    )!;
    await act(async () => back.click());
    expect(window.location.hash).toBe('#/');
    expect(mounted.container().textContent).toBe('Annuaire des acteurs');
  });
});
