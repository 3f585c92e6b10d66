import { contextBridge, ipcRenderer } from 'electron';

/** The contract's method names, written here by the build (electron.vite.config.ts) from shared/api/contract.ts. */
declare const __MAILLAGE_API_METHODS__: readonly string[];

const ALLOWED = new Set<string>(__MAILLAGE_API_METHODS__);

// The narrow bridge: calls, their method names checked against the contract's allowlist, and the « Ouvrir »
// dialog. ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('api', {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !ALLOWED.has(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `Action inconnue : « ${String(method).slice(0, 80)} ».` },
      });
    }
    return ipcRenderer.invoke('api', method, input);
  },
  /** The system's « Ouvrir » dialog, shown by the main process; answers an upload id, never a path. */
  chooseFile(kind: unknown): Promise<unknown> {
    return ipcRenderer.invoke('chooseFile', typeof kind === 'string' ? kind.slice(0, 40) : null);
  },
});
