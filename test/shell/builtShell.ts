import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resetStandIn, standIn, type FakeBrowserWindow, type StandInState } from './electronStandIn';
import { loadPreload, type PageWorld } from './sandboxedPreload';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILT_MAIN = join(ROOT, 'out', 'main', 'index.js');
export const BUILT_PRELOAD = join(ROOT, 'out', 'preload', 'index.cjs');
export const BUILT_ENGINE = join(ROOT, 'out', 'main', 'engine.js');

let runs = 0;

export interface RunningShell {
  state: StandInState;
  window: FakeBrowserWindow | null;
  page: PageWorld | null;
  /** Quits as Electron would (`will-quit`) and waits for the engine process to end. */
  quit(): Promise<void>;
}

async function until(test: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Délai dépassé : ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Loads the BUILT main process (`out/main/index.js`, with `electron` standing in), lets the app become
 * ready, and, when it opens its window, loads the built preload in a sandbox as Chromium would.
 */
export async function startBuiltShell(
  userData: string,
  options: Partial<Pick<StandInState, 'isPackaged' | 'singleInstanceLock' | 'messageBoxAnswers'>> = {},
): Promise<RunningShell> {
  if (!existsSync(BUILT_MAIN) || !existsSync(BUILT_PRELOAD) || !existsSync(BUILT_ENGINE))
    throw new Error('Le shell n’est pas construit : lancez « npm run build » avant ces tests.');
  const state = resetStandIn(userData, options);
  // A fresh evaluation of the built file for each start, as each launch of the app is.
  await import(/* @vite-ignore */ `${pathToFileURL(BUILT_MAIN).toString()}?lancement=${++runs}`);
  state.readyResolve();
  if (state.singleInstanceLock)
    await until(() => state.windows.length > 0 || state.quitCalls > 0, 'ouverture de la fenêtre');
  else await new Promise((r) => setTimeout(r, 50));
  const window = state.windows[0] ?? null;
  const page = window ? loadPreload(window) : null;
  return {
    state,
    window,
    page,
    async quit() {
      const children = [...state.utilityProcesses];
      state.app.emit('will-quit', {});
      await until(
        () => children.every((c) => c.child.exitCode !== null || c.child.signalCode !== null),
        'arrêt du moteur',
        15_000,
      );
    },
  };
}

export { standIn };
