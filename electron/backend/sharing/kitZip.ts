// fflate's « browser » build, as `documents/streamedBody.ts` explains (its Node build clashes with the bundle).
import { zipSync, type Zippable } from 'fflate/browser';

/** One file of the kit, as bytes, at its path in the zip. */
export interface KitFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The zip of the kit: French folder and file names (UTF-8, flagged as such, which Windows' Explorer, macOS and
 * LibreOffice read), dated the kit's day. Word files are zips already: they are stored as they are.
 */
export function zipKit(files: readonly KitFile[], at: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files)
    entries[file.path] = [file.bytes, { level: file.path.endsWith('.docx') ? 0 : 6, mtime: at }];
  return zipSync(entries);
}
