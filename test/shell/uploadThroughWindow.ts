import { sendInPieces } from '../../shared/uploads/sendInPieces';

type Invoke = (method: string, input: unknown) => Promise<unknown>;
type Answer = { ok: boolean; data?: unknown; error?: { message: string } };

/**
 * Sends `bytes` through the window's bridge as `renderer/src/api/uploadFile.ts` does: `uploads.open`, then one
 * `uploads.append` per 64 KB piece, a few at once, each encoded when it is sent. Answers the upload's id.
 */
export async function uploadThroughWindow(invoke: Invoke, bytes: Buffer): Promise<string> {
  const opened = (await invoke('uploads.open', { size: bytes.length })) as Answer;
  if (!opened.ok) throw new Error(`uploads.open : ${opened.error?.message}`);
  const { uploadId } = opened.data as { uploadId: string };
  const failure = await sendInPieces(bytes.length, async (offset, end) => {
    const chunkBase64 = bytes.subarray(offset, end).toString('base64');
    const sent = (await invoke('uploads.append', { uploadId, offset, chunkBase64 })) as Answer;
    return sent.ok ? null : (sent.error?.message ?? 'sans message');
  });
  if (failure !== null) throw new Error(`uploads.append : ${failure}`);
  return uploadId;
}
