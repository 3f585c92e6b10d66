import { UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from '../../../../shared/uploads/uploadLimits';
import { uploadFile } from '../../api/uploadFile';

/** The file the user picked or dropped, checked, then sent to the engine in pieces. */

export const IMPORT_ACCEPT = '.csv,.json,.txt,text/csv,application/json';

export interface PickedFile {
  fileName: string;
  /** The engine's copy of the file (`uploads.open`). */
  uploadId: string;
}

/** The file, sent to the engine, or a French reason it cannot be imported. */
export async function sendPickedFile(
  file: File,
): Promise<{ ok: true; file: PickedFile } | { ok: false; message: string }> {
  if (!/\.(csv|json|txt)$/i.test(file.name))
    return {
      ok: false,
      message: `«\u00a0${file.name}\u00a0» n’est ni un fichier CSV ni un fichier JSON\u00a0: choisissez un fichier .csv ou .json.`,
    };
  if (file.size === 0) return { ok: false, message: `Le fichier «\u00a0${file.name}\u00a0» est vide.` };
  if (file.size > UPLOAD_MAX_BYTES)
    return {
      ok: false,
      message: `Le fichier «\u00a0${file.name}\u00a0» dépasse ${UPLOAD_MAX_LABEL}\u00a0: découpez-le avant de l’importer.`,
    };
  try {
    const sent = await uploadFile(file);
    if (!sent.ok) return { ok: false, message: sent.error.message };
    return { ok: true, file: { fileName: file.name, uploadId: sent.data.uploadId } };
  } catch {
    return {
      ok: false,
      message: `Le fichier «\u00a0${file.name}\u00a0» n’a pas pu être lu\u00a0: réessayez avec une copie enregistrée sur l’ordinateur.`,
    };
  }
}
