import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from './appProtocol';

export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

export function createMainWindow(withDevTools: boolean): BrowserWindow {
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: withDevTools,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}
