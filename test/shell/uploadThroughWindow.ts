import { UPLOAD_CHUNK_BYTES } from '../../shared/uploads/uploadLimits';

type Invoke = (method: string, input: unknown) => Promise<unknown>;
type Answer = { ok: boolean; data?: unknown; error?: { message: string } };

/**
 * Sends `bytes` through the window's bridge as `renderer/src/api/uploadFile.ts` does: `uploads.open`, then one
 * `uploads.append` per 256 KB piece, each encoded when it is sent. Answers the upload's id.
 */
export async function uploadThroughWindow(invoke: Invoke, bytes: Buffer): Promise<string> {
  const opened = (await invoke('uploads.open', { size: bytes.length })) as Answer;
  if (!opened.ok) throw new Error(`uploads.open : ${opened.error?.message}`);
  const { uploadId } = opened.data as { uploadId: string };
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const chunkBase64 = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64');
    const sent = (await invoke('uploads.append', { uploadId, offset, chunkBase64 })) as Answer;
    if (!sent.ok) throw new Error(`uploads.append : ${sent.error?.message}`);
  }
  return uploadId;
}
