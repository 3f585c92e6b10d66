import { BrowserWindow } from 'electron';
import { join } from 'node:path';

export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
export const INDEX_PATH = join(import.meta.dirname, '../renderer/index.html');

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Maillage',
    show: false,
    backgroundColor: '#f5f6fa',
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(INDEX_PATH);
  return window;
}
