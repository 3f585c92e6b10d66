import { sendInPieces } from '../../../shared/uploads/sendInPieces';
import type { AppError, Result } from '../../../shared/result';
import { call } from './client';

/** Bytes as base64, a piece at a time (`String.fromCharCode` takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Sends a picked or dropped file to the engine in pieces of 64 KB (`shared/uploads/uploadLimits.ts`), a few
 * at once (`shared/uploads/sendInPieces.ts`): the window reads and encodes a piece only as it leaves and stays
 * responsive, whatever the file's size. Answers the id that the methods reading a file take instead of its
 * bytes.
 */
export async function uploadFile(file: Blob): Promise<Result<{ uploadId: string }>> {
  const opened = await call('uploads.open', { size: file.size });
  if (!opened.ok) return opened;
  const { uploadId } = opened.data;
  const failure = await sendInPieces<AppError>(file.size, async (offset, end) => {
    const piece = new Uint8Array(await file.slice(offset, end).arrayBuffer());
    const sent = await call('uploads.append', { uploadId, offset, chunkBase64: toBase64(piece) });
    return sent.ok ? null : sent.error;
  });
  return failure === null ? { ok: true, data: { uploadId } } : { ok: false, error: failure };
}
