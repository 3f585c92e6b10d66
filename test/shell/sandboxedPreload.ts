import { readFileSync } from 'node:fs';
import * as events from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import vm from 'node:vm';
import { standIn, type FakeBrowserWindow, type FakeFrame } from './electronStandIn';

/**
 * Chromium's part for one page: runs the window's built preload the way a sandboxed preload runs (its own
 * context; `require` offers only Electron's renderer modules and the built-ins `events`, `timers`, `url`), and
 * gives back the page's world with what the preload exposed through contextBridge. IPC from the page goes to
 * the main process's `ipcMain.handle` listeners with the sender frame Chromium would report; every value
 * crosses by structured clone, as it does between processes.
 */
export interface PageWorld {
  api?: {
    invoke(method: unknown, input: unknown): Promise<unknown>;
    chooseFile(kind: unknown): Promise<unknown>;
  };
  [key: string]: unknown;
}

const SANDBOX_BUILTINS: Record<string, unknown> = { events, timers, url };

export function loadPreload(
  window: FakeBrowserWindow,
  frame: FakeFrame = window.webContents.mainFrame,
): PageWorld {
  const preferences = window.options.webPreferences ?? {};
  const preloadPath = preferences.preload;
  if (typeof preloadPath !== 'string') throw new Error('La fenêtre n’a pas de preload.');
  const page: PageWorld = {};

  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = standIn.state.ipcHandlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      const event = { sender: window.webContents, senderFrame: frame };
      return Promise.resolve(handler(event, ...structuredClone(args))).then((value) =>
        structuredClone(value),
      );
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, value: Record<string, unknown>) {
      if (preferences.contextIsolation === false)
        throw new Error('contextBridge API can only be used when contextIsolation is enabled');
      const bridged: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value)) {
        bridged[name] =
          typeof member === 'function'
            ? (...args: unknown[]) =>
                Promise.resolve((member as (...a: unknown[]) => unknown)(...structuredClone(args))).then(
                  (result) => structuredClone(result),
                )
            : structuredClone(member);
      }
      page[key] = Object.freeze(bridged);
    },
  };
  const electronForRenderer = { contextBridge, ipcRenderer };

  const required: string[] = [];
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return electronForRenderer;
    const builtin = SANDBOX_BUILTINS[name.replace(/^node:/, '')];
    if (builtin) return builtin;
    throw new Error(`module not found: ${name}`);
  };

  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
  });
  const source = readFileSync(preloadPath, 'utf8');
  const wrapper = vm.runInContext(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    context,
    { filename: preloadPath },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper(module.exports, sandboxRequire, module, preloadPath, '.');
  return page;
}
