import { app, BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import type { SupervisedEngine } from '../backend/host/engineSupervisor';
import { fail } from '../../shared/result';
import { openRotatingLog } from '../backend/log/rotatingLog';
import { registerAppScheme, serveAppScheme } from './appProtocol';
import { installCrashHandlers } from './crashHandlers';
import { startEngineProcess } from './engineProcess';
import { chooseFile } from './fileDialog';
import { installMenu } from './menu';
import { engineReadyOrRecovered } from './startupRecovery';
import { hardenSessions, isTrustedSender } from './security';
import { createMainWindow } from './window';

// The Electron shell only: window, menu, security, dialogs, and the relay to the engine's own process.
app.enableSandbox();
// The app speaks French whatever the system's language: date fields read jj/mm/aaaa, not mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'fr-FR');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const log = openRotatingLog(join(app.getPath('userData'), 'journal', 'maillage.log'));
  installCrashHandlers((level, message) => log.write(level, message));
  const withDevTools = !app.isPackaged;
  let engine: SupervisedEngine | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void engine?.close());

  void app.whenReady().then(async () => {
    log.write('info', `Démarrage de Maillage ${app.getVersion()}.`);
    engine = startEngineProcess(
      {
        databasePath: join(app.getPath('userData'), 'maillage.sqlite'),
        appVersion: app.getVersion(),
        logPath: log.path,
      },
      (level, message) => log.write(level, message),
    );
    if (!(await engineReadyOrRecovered(engine, log.path))) {
      app.quit();
      return;
    }
    serveAppScheme();
    hardenSessions(withDevTools);
    installMenu(log.path);
    const running = engine;
    ipcMain.handle('api', (event, method: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('unauthorized', 'Appel refusé\u00a0: il ne vient pas de la fenêtre de Maillage.');
      }
      return running.dispatch(method, input);
    });
    ipcMain.handle('chooseFile', (event, kind: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('unauthorized', 'Appel refusé\u00a0: il ne vient pas de la fenêtre de Maillage.');
      }
      return chooseFile(mainWindow, running, kind);
    });
    mainWindow = createMainWindow(withDevTools);
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
