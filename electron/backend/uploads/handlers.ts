import type { HandlerGroup } from '../router/handlers';
import { appendUpload, openUpload } from './stagedFiles';

/** Files sent from the window in pieces (`shared/uploads/uploadLimits.ts`). */
export const uploadHandlers: HandlerGroup<'uploads.open' | 'uploads.append'> = {
  'uploads.open': ({ size }, ctx) => openUpload(ctx, size),
  'uploads.append': ({ uploadId, offset, chunkBase64 }, ctx) =>
    appendUpload(ctx, uploadId, offset, chunkBase64),
};
