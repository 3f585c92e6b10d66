import { UPLOAD_CHUNK_BYTES } from '../../../shared/uploads/uploadLimits';
import type { Result } from '../../../shared/result';
import { call } from './client';

/** Bytes as base64, a piece at a time (`String.fromCharCode` takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Sends a picked or dropped file to the engine in pieces of 256 KB (`shared/uploads/uploadLimits.ts`): the
 * window reads, encodes and sends one piece at a time and stays responsive, whatever the file's size. Answers
 * the id that the methods reading a file take instead of its bytes.
 */
export async function uploadFile(file: Blob): Promise<Result<{ uploadId: string }>> {
  const opened = await call('uploads.open', { size: file.size });
  if (!opened.ok) return opened;
  const { uploadId } = opened.data;
  for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
    const piece = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    const sent = await call('uploads.append', { uploadId, offset, chunkBase64: toBase64(piece) });
    if (!sent.ok) return sent;
  }
  return { ok: true, data: { uploadId } };
}
