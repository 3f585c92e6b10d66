import { z } from 'zod';
import { cleanText } from '../api/fields';
import { oneFileSource, uploadIdField } from '../uploads/uploadSchemas';
import { IMPORT_FIELD_KEYS, type ImportField } from './importFields';

const fieldEnum = z.enum(IMPORT_FIELD_KEYS as [ImportField, ...ImportField[]]);

/**
 * A file sent for import: its name, its bytes (sent beforehand in pieces, `uploadId`, as the window does, or
 * whole in base64), and the user's choices so far.
 */
export const importFileInput = z
  .object({
    fileName: cleanText('line').min(1).max(300),
    uploadId: uploadIdField.optional(),
    contentBase64: z
      .string()
      .max(64 * 1024 * 1024)
      .optional(),
    /** Repair the classic « Ã© » mojibake when the file holds it and it is reversible. */
    repair: z.boolean().default(false),
    /** The column mapping chosen in the wizard; absent: the guessed one. */
    mapping: z.partialRecord(fieldEnum, z.string().max(300)).optional(),
  })
  .refine(oneFileSource.check, { error: oneFileSource.message });
export type ImportFileInput = z.input<typeof importFileInput>;

export const importJobInput = z.object({ jobId: z.string().min(1).max(100) });
