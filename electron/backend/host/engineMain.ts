import * as nodeModule from 'node:module';
import { AppFailure, fail, ok } from '../../../shared/result';
import type { EngineInit, HostMessage } from '../../../shared/api/engineMessages';
import { createBackend, type Backend } from '../backend';
import { restoreLatestBackup } from '../db/backups/restoreLatest';
import { logError, logInfo, setLogSink } from '../log/logger';
import { describeError } from '../log/rotatingLog';
import { stageFileFromDisk } from '../uploads/fileFromDisk';
import { connectEnginePort } from './enginePort';

/**
 * The engine in its own process (Electron's utilityProcess) or thread (the browser mode's worker), loaded by
 * `engineEntry.ts`: it opens the database when its host says where, then answers each request with the
 * router's result. Long work (imports, Word documents, charts) runs here, so the window never waits for it.
 */
const port = connectEnginePort();
let backend: Backend | null = null;
let databasePath: string | null = null;

setLogSink((level, message) => port.post({ type: 'log', level, message }));
// What libraries print on stderr is worth keeping too.
console.error = (...parts: unknown[]) =>
  port.post({ type: 'log', level: 'error', message: parts.map(describeError).join(' ') });
console.warn = (...parts: unknown[]) =>
  port.post({ type: 'log', level: 'warn', message: parts.map(describeError).join(' ') });

process.on('uncaughtException', (error) => {
  logError('Erreur non rattrapée dans le moteur', error);
  // The engine's state is unknown after this: stop, so that the host starts a fresh one.
  process.exit(70);
});
process.on('unhandledRejection', (reason) =>
  logError('Promesse rejetée sans traitement dans le moteur', reason),
);

function start(init: EngineInit): void {
  databasePath = init.databasePath;
  try {
    backend = createBackend({
      databasePath: init.databasePath,
      appVersion: init.appVersion,
      logPath: init.logPath,
    });
    if (backend.migratedFrom !== null)
      logInfo(`Données mises à jour\u00a0: schéma ${backend.migratedFrom} → ${backend.ctx.schemaVersion}.`);
    logInfo(`Moteur prêt (schéma ${backend.ctx.schemaVersion}).`);
    port.post({
      type: 'ready',
      schemaVersion: backend.ctx.schemaVersion,
      migratedFrom: backend.migratedFrom,
    });
    // While the host opens the window, the first screen's code is compiled (a call arriving meanwhile waits
    // for the same load), then written to the compile cache (engineEntry.ts) for the next start. A failure
    // here is only logged: the first call that needs the code loads it again.
    backend
      .warmUp()
      .then(keepCompiledCode)
      .catch((error: unknown) => logError('Préchargement du premier écran impossible', error));
  } catch (error) {
    logError('Ouverture des données impossible', error);
    const message =
      error instanceof AppFailure
        ? error.message
        : 'Le fichier de données de Maillage ne peut pas être ouvert.';
    const restorable = error instanceof AppFailure && error.fields?.restorable === 'oui';
    port.post({ type: 'failed', message, restorable });
  }
}

/**
 * Writes the code compiled so far to Node's compile cache now: the host ends the engine by killing its
 * process, which never leaves Node the moment to write it at exit.
 */
function keepCompiledCode(): void {
  try {
    (nodeModule as { flushCompileCache?: () => void }).flushCompileCache?.();
  } catch (error) {
    logError('Cache de compilation du moteur non écrit', error);
  }
}

/** After a failed start on a damaged file: the latest good backup takes its place (the file is set aside). */
function restoreLatest(): void {
  try {
    if (backend || !databasePath)
      throw new AppFailure('conflict', 'Les données sont déjà ouvertes\u00a0: rien à restaurer.');
    const done = restoreLatestBackup(databasePath);
    logInfo(`Sauvegarde remise en place au démarrage\u00a0: ${done}`);
    port.post({ type: 'restored', ok: true, message: done });
  } catch (error) {
    logError('Restauration de la dernière sauvegarde impossible', error);
    const message =
      error instanceof AppFailure
        ? error.message
        : 'La sauvegarde n’a pas pu être remise en place\u00a0: rien n’a été modifié.';
    port.post({ type: 'restored', ok: false, message });
  }
}

const UNEXPECTED =
  'Une erreur inattendue est survenue\u00a0; rien n’a été enregistré. Réessayez, puis signalez-la si elle revient.';

async function answer(id: number, method: unknown, input: unknown): Promise<void> {
  try {
    const result = backend
      ? await backend.router.dispatch(method, input)
      : fail('internal', 'Le moteur de Maillage n’a pas pu ouvrir ses données.');
    port.post({ type: 'response', id, result });
  } catch (error) {
    logError(`Réponse impossible à ${String(method).slice(0, 80)}`, error);
    port.post({ type: 'response', id, result: fail('internal', UNEXPECTED) });
  }
}

/** A file chosen in the desktop's dialog: read from the disk and kept (`uploads/fileFromDisk.ts`). */
async function stageFile(id: number, path: unknown, kind: unknown): Promise<void> {
  try {
    const result = backend
      ? ok(await stageFileFromDisk(backend.ctx, path, kind))
      : fail('internal', 'Le moteur de Maillage n’a pas pu ouvrir ses données.');
    port.post({ type: 'response', id, result });
  } catch (error) {
    if (error instanceof AppFailure) {
      port.post({ type: 'response', id, result: fail(error.code, error.message) });
      return;
    }
    logError('Lecture d’un fichier choisi impossible', error);
    port.post({ type: 'response', id, result: fail('internal', UNEXPECTED) });
  }
}

port.onMessage((message: HostMessage) => {
  if (message.type === 'init') start(message);
  else if (message.type === 'request') void answer(message.id, message.method, message.input);
  else if (message.type === 'stageFile') void stageFile(message.id, message.path, message.kind);
  else if (message.type === 'restoreLatest') restoreLatest();
  else if (message.type === 'close') {
    void (async () => {
      keepCompiledCode();
      await backend?.close();
      backend = null;
      port.post({ type: 'closed' });
    })();
  }
});
