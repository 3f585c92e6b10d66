import { z } from 'zod';
import { cleanText } from '../api/fields';
import { actorListQuery } from '../actors/schemas';
import { oneFileSource, uploadIdField } from '../uploads/uploadSchemas';

export const CONTOURS_MAX_BYTES = 48_000_000;
export const CONTOURS_TOO_LARGE_MESSAGE =
  'Ce fichier dépasse 48\u00a0Mo\u00a0: choisissez les contours de votre seul département (ou de votre région).';

/**
 * A contours file the user picked or dropped (GeoJSON, at most about 48 MB): sent in pieces beforehand
 * (`uploadId`), or whole in base64.
 */
export const mapImportInput = z
  .object({
    fileName: cleanText('line').max(300).default(''),
    uploadId: uploadIdField.optional(),
    contentBase64: z
      .string()
      .min(1, { error: 'Le fichier est vide.' })
      .max(64_000_000, { error: CONTOURS_TOO_LARGE_MESSAGE })
      .optional(),
  })
  .refine(oneFileSource.check, { error: oneFileSource.message });
export type MapImportInput = z.input<typeof mapImportInput>;

export const MAP_COLOR_BY = ['role', 'typology'] as const;
export type MapColorBy = (typeof MAP_COLOR_BY)[number];

/** The directory's filters (no paging, no sort) and what colours the points. */
export const mapSvgInput = actorListQuery
  .omit({ sort: true, offset: true, limit: true })
  .extend({ colorBy: z.enum(MAP_COLOR_BY).default('role') });
export type MapSvgInput = z.input<typeof mapSvgInput>;
