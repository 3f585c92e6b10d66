import { uploadAppendInput, uploadOpenInput } from './uploadSchemas';
import { takes } from '../api/declare';

/**
 * A file sent from the window in pieces (`uploadLimits.ts`); the methods that read a file (`import.preview`,
 * `import.start`…) then take its `uploadId` instead of its bytes.
 */
export const uploadApi = {
  'uploads.open': takes(uploadOpenInput).answers<{ uploadId: string }>(),
  /** Answers the number of bytes received so far. */
  'uploads.append': takes(uploadAppendInput).answers<{ received: number }>(),
};

export type UploadMethod = keyof typeof uploadApi;
