import { contextBridge, ipcRenderer } from 'electron';
import { isApiMethod } from '../../shared/api/methods';

// The narrow bridge: one function, method names checked against the contract's allowlist.
// ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('api', {
  invoke(method: unknown, input: unknown): Promise<unknown> {
    if (!isApiMethod(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `Action inconnue : « ${String(method).slice(0, 80)} ».` },
      });
    }
    return ipcRenderer.invoke('api', method, input);
  },
});
