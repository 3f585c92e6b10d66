import type { Backend } from '../../../electron/backend/backend';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/uploads/uploadLimits';
import { callOk } from './callOk';

/** Sends `bytes` as the window does (`renderer/src/api/uploadFile.ts`), in pieces of `pieceBytes`; answers the id. */
export async function uploadInPieces(
  backend: Backend,
  bytes: Buffer,
  pieceBytes = UPLOAD_CHUNK_BYTES,
): Promise<string> {
  const { uploadId } = await callOk(backend, 'uploads.open', { size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += pieceBytes) {
    const chunkBase64 = bytes.subarray(offset, offset + pieceBytes).toString('base64');
    await callOk(backend, 'uploads.append', { uploadId, offset, chunkBase64 });
  }
  return uploadId;
}
