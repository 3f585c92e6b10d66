import '../backend/productionMode';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend, type Backend } from '../backend/backend';
import { fail } from '../../shared/result';
import { AppFailure } from '../../shared/result';
import { hardenSessions, isTrustedSender } from './security';
import { createMainWindow, INDEX_PATH } from './window';
import { installMenu } from './menu';

// The Electron shell only: window, menu, security, IPC bridge. The engine lives in electron/backend.
app.enableSandbox();
// The app speaks French whatever the system's language: date fields read jj/mm/aaaa, not mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'fr-FR');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let backend: Backend | null = null;
  let mainWindow: BrowserWindow | null = null;
  const indexUrl = pathToFileURL(INDEX_PATH).toString();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void backend?.close());

  void app.whenReady().then(() => {
    try {
      backend = createBackend({
        databasePath: join(app.getPath('userData'), 'maillage.sqlite'),
        appVersion: app.getVersion(),
      });
    } catch (error) {
      const message =
        error instanceof AppFailure
          ? error.message
          : 'Le fichier de données de Maillage ne peut pas être ouvert.';
      dialog.showErrorBox('Maillage ne peut pas démarrer', message);
      app.quit();
      return;
    }
    hardenSessions(indexUrl);
    installMenu();
    const router = backend.router;
    ipcMain.handle('api', async (event, method: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, indexUrl)) {
        return fail('unauthorized', 'Appel refusé : il ne vient pas de la fenêtre de Maillage.');
      }
      return router.dispatch(method, input);
    });
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
