import { UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from '../../../../shared/uploads/uploadLimits';
import { quoted } from '../../../../shared/format/french';
import { uploadFile } from '../../api/uploadFile';

/** An activity export the user picked or dropped, checked, then sent to the engine in pieces. */

export const ACTIVITY_ACCEPT =
  '.xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface PickedActivityFile {
  fileName: string;
  uploadId: string;
}

export async function sendActivityFile(
  file: File,
): Promise<{ ok: true; file: PickedActivityFile } | { ok: false; message: string }> {
  if (!/\.(xlsx|csv|txt)$/i.test(file.name))
    return {
      ok: false,
      message: `${quoted(file.name)} n’est ni un classeur Excel (.xlsx) ni un fichier CSV\u00a0: enregistrez l’export dans l’un de ces formats.`,
    };
  if (file.size === 0) return { ok: false, message: `Le fichier ${quoted(file.name)} est vide.` };
  if (file.size > UPLOAD_MAX_BYTES)
    return {
      ok: false,
      message: `Le fichier ${quoted(file.name)} dépasse ${UPLOAD_MAX_LABEL}\u00a0: exportez une période plus courte.`,
    };
  try {
    const sent = await uploadFile(file);
    if (!sent.ok) return { ok: false, message: sent.error.message };
    return { ok: true, file: { fileName: file.name, uploadId: sent.data.uploadId } };
  } catch {
    return {
      ok: false,
      message: `Le fichier ${quoted(file.name)} n’a pas pu être lu\u00a0: réessayez avec une copie enregistrée sur l’ordinateur.`,
    };
  }
}
