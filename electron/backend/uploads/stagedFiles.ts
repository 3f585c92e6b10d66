import { randomUUID } from 'node:crypto';
import type { BackendContext } from '../context';
import { AppFailure } from '../../../shared/result';
import { ReceivedRanges } from './receivedRanges';

/**
 * The files the window sent in pieces, kept in the engine's memory until read (the import's report, then the
 * import itself, read the same file again and again while the user adjusts the columns), or read from the disk
 * where the user chose it in the desktop's dialog. A few at most: a new file pushes out the oldest. Nothing is
 * written to disk.
 */

interface StagedFile {
  bytes: Buffer;
  /** Pieces come in any order (several travel at once): each is put where it says it starts. */
  ranges: ReceivedRanges;
}

/** The import screen, the indicators' and the map's may each hold one file while the user decides. */
const MAX_STAGED = 3;

const GONE = 'Ce fichier n’est plus en mémoire\u00a0: choisissez-le de nouveau.';

const stores = new WeakMap<BackendContext, Map<string, StagedFile>>();

function storeOf(ctx: BackendContext): Map<string, StagedFile> {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = new Map()));
  return store;
}

function keep(ctx: BackendContext, staged: StagedFile): string {
  const store = storeOf(ctx);
  // A Map keeps its insertion order: the first key is the oldest file.
  while (store.size >= MAX_STAGED) store.delete(store.keys().next().value!);
  const uploadId = randomUUID();
  store.set(uploadId, staged);
  return uploadId;
}

export function openUpload(ctx: BackendContext, size: number): { uploadId: string } {
  return { uploadId: keep(ctx, { bytes: Buffer.allocUnsafe(size), ranges: new ReceivedRanges() }) };
}

/** A file read whole (the desktop's « Ouvrir » dialog, `fileFromDisk.ts`): the same id as one sent in pieces. */
export function keepWholeFile(ctx: BackendContext, bytes: Buffer): string {
  const ranges = new ReceivedRanges();
  ranges.add(0, bytes.length);
  return keep(ctx, { bytes, ranges });
}

export function appendUpload(
  ctx: BackendContext,
  uploadId: string,
  offset: number,
  chunkBase64: string,
): { received: number } {
  const staged = storeOf(ctx).get(uploadId);
  if (!staged) throw new AppFailure('not_found', GONE);
  // Decoded straight into the file's bytes (no piece allocated and copied): its length first, for the checks.
  const length = Buffer.byteLength(chunkBase64, 'base64');
  if (offset + length > staged.bytes.length)
    throw new AppFailure(
      'invalid_input',
      'Le fichier reçu est plus long qu’annoncé\u00a0: choisissez-le de nouveau.',
    );
  if (!staged.ranges.add(offset, offset + length))
    throw new AppFailure(
      'invalid_input',
      'Une partie du fichier est arrivée deux fois\u00a0: choisissez-le de nouveau.',
    );
  staged.bytes.write(chunkBase64, offset, length, 'base64');
  return { received: staged.ranges.received };
}

/** The whole file's bytes, once every piece has come. */
export function stagedBytes(ctx: BackendContext, uploadId: string): Buffer {
  const staged = storeOf(ctx).get(uploadId);
  if (!staged) throw new AppFailure('not_found', GONE);
  if (staged.ranges.received < staged.bytes.length)
    throw new AppFailure(
      'invalid_input',
      'Le fichier n’est pas arrivé en entier\u00a0: choisissez-le de nouveau.',
    );
  return staged.bytes;
}

/** A file's bytes, sent whole in base64 (small files, scripts) or in pieces beforehand (the window). */
export function fileBytesOf(
  ctx: BackendContext,
  file: { contentBase64?: string | undefined; uploadId?: string | undefined },
): Buffer {
  if (file.uploadId !== undefined) return stagedBytes(ctx, file.uploadId);
  return Buffer.from(file.contentBase64 ?? '', 'base64');
}
