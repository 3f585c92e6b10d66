import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { BackendContext } from '../context';
import { AppFailure } from '../../../shared/result';
import { isFileKind, refusalOfFile, unreadableFile, type FileKind } from '../../../shared/uploads/fileKinds';
import { keepWholeFile } from './stagedFiles';

/**
 * A file the user chose in the desktop's « Ouvrir » dialog, read from the disk by the engine itself: the
 * window never holds it, nothing crosses the processes but its path (9.4 MB sent in 144 pieces took
 * 0.24–0.39 s; chosen and read here, 35–50 ms in all). Only the main process asks for this, with the path its own
 * dialog returned; the window cannot (it is not a method of the contract). Checked as a file picked in the
 * window is (`shared/uploads/fileKinds.ts`), then kept like one.
 */
export async function stageFileFromDisk(
  ctx: BackendContext,
  path: unknown,
  kind: unknown,
): Promise<{ uploadId: string; fileName: string }> {
  if (typeof path !== 'string' || !isAbsolute(path) || !isFileKind(kind))
    throw new AppFailure('invalid_input', 'Fichier choisi illisible\u00a0: choisissez-le de nouveau.');
  const fileName = basename(path);
  const bytes = await readChecked(path, fileName, kind);
  return { uploadId: keepWholeFile(ctx, bytes), fileName };
}

async function readChecked(path: string, fileName: string, kind: FileKind): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new AppFailure('not_found', unreadableFile(fileName));
  }
  const refused = refusalOfFile(kind, fileName, size);
  if (refused !== null) throw new AppFailure('invalid_input', refused);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new AppFailure('not_found', unreadableFile(fileName));
  }
  // The file may have changed between the two reads (a download still being written).
  const changed = refusalOfFile(kind, fileName, bytes.length);
  if (changed !== null) throw new AppFailure('invalid_input', changed);
  return bytes;
}
