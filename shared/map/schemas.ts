import { z } from 'zod';
import { cleanText } from '../api/fields';
import { actorListQuery } from '../actors/schemas';

export const CONTOURS_MAX_BYTES = 48_000_000;
export const CONTOURS_TOO_LARGE_MESSAGE =
  'Ce fichier dépasse 48 Mo : choisissez les contours de votre seul département (ou de votre région).';

/** A contours file the user picked or dropped, as base64 (GeoJSON, at most about 48 MB once decoded). */
export const mapImportInput = z.object({
  fileName: cleanText('line').max(300).default(''),
  contentBase64: z
    .string()
    .min(1, { error: 'Le fichier est vide.' })
    .max(64_000_000, { error: CONTOURS_TOO_LARGE_MESSAGE }),
});
export type MapImportInput = z.input<typeof mapImportInput>;

export const MAP_COLOR_BY = ['role', 'typology'] as const;
export type MapColorBy = (typeof MAP_COLOR_BY)[number];

/** The directory's filters (no paging, no sort) and what colours the points. */
export const mapSvgInput = actorListQuery
  .omit({ sort: true, offset: true, limit: true })
  .extend({ colorBy: z.enum(MAP_COLOR_BY).default('role') });
export type MapSvgInput = z.input<typeof mapSvgInput>;
