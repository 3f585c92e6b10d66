import { app, dialog, type BrowserWindow } from 'electron';
import { dirname } from 'node:path';
import type { SupervisedEngine } from '../backend/host/engineSupervisor';
import { fail, ok, type Result } from '../../shared/result';
import { FILE_KINDS, isFileKind } from '../../shared/uploads/fileKinds';

/**
 * « Choisir un fichier… » in the desktop window: the system's « Ouvrir » dialog, shown by the main process,
 * and the chosen file read by the engine from the disk (`backend/uploads/fileFromDisk.ts`). The window only
 * says what the file is for; it never names a path, and gets back the same upload id as a file it sends in
 * pieces. Null when the user closes the dialog without choosing. The dialog opens in the folder of the last file
 * chosen, at first in « Téléchargements », where the national platforms' exports land.
 */
let lastFolder: string | null = null;
/** One dialog at a time: a second click while it is open is refused. */
let dialogOpen = false;

export async function chooseFile(
  window: BrowserWindow | null,
  engine: SupervisedEngine,
  kind: unknown,
): Promise<Result<unknown>> {
  if (!isFileKind(kind)) return fail('invalid_input', 'Type de fichier inconnu.');
  const rule = FILE_KINDS[kind];
  const options = {
    title: rule.dialogTitle,
    defaultPath: lastFolder ?? app.getPath('downloads'),
    buttonLabel: 'Choisir',
    properties: ['openFile' as const],
    filters: [{ name: rule.filterName, extensions: [...rule.extensions] }],
  };
  if (dialogOpen)
    return fail(
      'conflict',
      'La fenêtre «\u00a0Ouvrir\u00a0» est déjà ouverte\u00a0: choisissez-y votre fichier.',
    );
  dialogOpen = true;
  let chosen: Electron.OpenDialogReturnValue;
  try {
    chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  } finally {
    dialogOpen = false;
  }
  const path = chosen.filePaths[0];
  if (chosen.canceled || path === undefined) return ok(null);
  lastFolder = dirname(path);
  return engine.stageFile(path, kind);
}
