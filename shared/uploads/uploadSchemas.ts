import { z } from 'zod';
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from './uploadLimits';

/** The id `uploads.open` answered, given back with each piece and to the method that reads the file. */
export const uploadIdField = z
  .string({ error: 'Choisissez de nouveau le fichier.' })
  .regex(/^[0-9a-f-]{36}$/, { error: 'Choisissez de nouveau le fichier.' });

export const uploadOpenInput = z.object({
  size: z
    .number()
    .int()
    .min(1, { error: 'Le fichier est vide.' })
    .max(UPLOAD_MAX_BYTES, {
      error: `Le fichier dépasse ${UPLOAD_MAX_LABEL}\u00a0: découpez-le avant de l’importer.`,
    }),
});

/** A piece of base64 is 4 characters for 3 bytes. */
const CHUNK_BASE64_MAX = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

export const uploadAppendInput = z.object({
  uploadId: uploadIdField,
  /** Where this piece starts in the file: several pieces travel at once and may arrive in any order. */
  offset: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
  chunkBase64: z
    .string()
    .min(1)
    .max(CHUNK_BASE64_MAX)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, {
      error: 'Le morceau de fichier reçu est illisible\u00a0: choisissez-le de nouveau.',
    }),
});

/** A method that reads a file takes it one way only: sent in pieces beforehand, or whole in base64. */
export const oneFileSource = {
  check: (file: { uploadId?: string | undefined; contentBase64?: string | undefined }) =>
    (file.uploadId === undefined) !== (file.contentBase64 === undefined),
  message: 'Choisissez le fichier.',
};
