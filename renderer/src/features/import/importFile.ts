/** Reading the file the user picked or dropped: its bytes in base64, as the backend expects them. */

export const IMPORT_ACCEPT = '.csv,.json,.txt,text/csv,application/json';
const MAX_BYTES = 40 * 1024 * 1024;

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The file's content, or a French reason it cannot be imported. */
export async function readPickedFile(
  file: File,
): Promise<{ ok: true; file: PickedFile } | { ok: false; message: string }> {
  if (!/\.(csv|json|txt)$/i.test(file.name))
    return {
      ok: false,
      message: `«\u00a0${file.name}\u00a0» n’est ni un fichier CSV ni un fichier JSON : choisissez un fichier .csv ou .json.`,
    };
  if (file.size === 0) return { ok: false, message: `Le fichier «\u00a0${file.name}\u00a0» est vide.` };
  if (file.size > MAX_BYTES)
    return {
      ok: false,
      message: `Le fichier «\u00a0${file.name}\u00a0» dépasse 40 Mo : découpez-le avant de l’importer.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { ok: true, file: { fileName: file.name, contentBase64: toBase64(bytes) } };
}
