import type { Result } from '../../../shared/result';
import { refusalOfFile, unreadableFile, type FileKind } from '../../../shared/uploads/fileKinds';
import { uploadFile } from './uploadFile';

/** A file the user brought in, kept by the engine until read: the import methods take its id. */
export interface PickedFile {
  fileName: string;
  uploadId: string;
}

/** The file, with the engine, or the French reason it is not. */
export type PickOutcome = { ok: true; file: PickedFile } | { ok: false; message: string };

/** How a screen gets its file: `pick` sends or reads it; null when the user chose nothing. */
export type FilePick = () => Promise<PickOutcome | null>;

/** A file picked in the browser mode's file input or dropped on the window: checked, then sent in pieces. */
export async function sendPickedFile(kind: FileKind, file: File): Promise<PickOutcome> {
  const refused = refusalOfFile(kind, file.name, file.size);
  if (refused !== null) return { ok: false, message: refused };
  try {
    const sent = await uploadFile(file);
    if (!sent.ok) return { ok: false, message: sent.error.message };
    return { ok: true, file: { fileName: file.name, uploadId: sent.data.uploadId } };
  } catch {
    return { ok: false, message: unreadableFile(file.name) };
  }
}

/** The desktop window: the system's « Ouvrir » dialog, the file read by the engine from the disk. */
export function hasFileDialog(): boolean {
  return window.api !== undefined;
}

/** The file chosen in the desktop's dialog; null when the user closed it without choosing. */
export async function chooseInDialog(kind: FileKind): Promise<PickOutcome | null> {
  try {
    const chosen = (await window.api!.chooseFile(kind)) as Result<PickedFile | null>;
    if (!chosen.ok) return { ok: false, message: chosen.error.message };
    return chosen.data === null ? null : { ok: true, file: chosen.data };
  } catch {
    return { ok: false, message: 'Le fichier choisi n’a pas pu être lu\u00a0: choisissez-le de nouveau.' };
  }
}

/**
 * The desktop's « Ouvrir » dialog for `kind`: `onPick` runs once a file is chosen (and read by the engine), not
 * when the user closes the dialog without choosing, so that a screen shows nothing new for that.
 */
export async function pickInDialog(kind: FileKind, onPick: (pick: FilePick) => void): Promise<void> {
  const outcome = await chooseInDialog(kind);
  if (outcome !== null) onPick(() => Promise.resolve(outcome));
}
