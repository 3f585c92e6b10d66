import type { Backend } from '../../../electron/backend/backend';
import { sendInPieces } from '../../../shared/uploads/sendInPieces';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/uploads/uploadLimits';
import { callOk } from './callOk';

/**
 * Sends `bytes` as the window does (`renderer/src/api/uploadFile.ts`), in pieces of `pieceBytes`, a few at
 * once; answers the id.
 */
export async function uploadInPieces(
  backend: Backend,
  bytes: Buffer,
  pieceBytes = UPLOAD_CHUNK_BYTES,
): Promise<string> {
  const { uploadId } = await callOk(backend, 'uploads.open', { size: bytes.length });
  await sendInPieces(
    bytes.length,
    async (offset, end) => {
      const chunkBase64 = bytes.subarray(offset, end).toString('base64');
      await callOk(backend, 'uploads.append', { uploadId, offset, chunkBase64 });
      return null;
    },
    pieceBytes,
  );
  return uploadId;
}
