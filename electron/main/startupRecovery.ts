import { dialog } from 'electron';
import { EngineStartFailure } from '../backend/host/engineChannel';
import type { SupervisedEngine } from '../backend/host/engineSupervisor';

const TITLE = 'Maillage ne peut pas démarrer';

/**
 * Waits for the engine to open the data. When the file is damaged or foreign and a good backup exists, the
 * user is offered to put it back (the file is set aside, never deleted); otherwise they read why, with the
 * log's place. Answers whether the app can go on.
 */
export async function engineReadyOrRecovered(engine: SupervisedEngine, logPath: string): Promise<boolean> {
  for (;;) {
    try {
      await engine.ready;
      return true;
    } catch (error) {
      const failure =
        error instanceof EngineStartFailure ? error : new EngineStartFailure(String(error), false);
      const detail = `${failure.message}\n\nJournal : ${logPath}`;
      if (!failure.restorable) {
        dialog.showErrorBox(TITLE, detail);
        return false;
      }
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: TITLE,
        message: 'Le fichier de données de Maillage ne peut pas être utilisé.',
        detail,
        buttons: ['Restaurer la dernière sauvegarde', 'Quitter'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      if (response !== 0) return false;
      const outcome = await engine.restoreLatestAndRestart();
      if (!outcome.ok) {
        dialog.showErrorBox(
          'La sauvegarde n’a pas été remise en place',
          `${outcome.message}\n\nJournal : ${logPath}`,
        );
        return false;
      }
      await dialog.showMessageBox({
        type: 'info',
        title: 'Sauvegarde remise en place',
        message: 'La dernière sauvegarde en bon état a été remise en place.',
        detail: outcome.message,
        buttons: ['Continuer'],
      });
    }
  }
}
