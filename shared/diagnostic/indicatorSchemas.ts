import { z } from 'zod';
import { cleanText } from '../api/fields';
import { oneFileSource, uploadIdField } from '../uploads/uploadSchemas';

export const INDICATOR_FILE_KINDS = ['ifn', 'generic'] as const;

/**
 * Which way an indicator reads: a higher value means more fragile (a poverty rate, the IFN score) or less
 * fragile (a Très Haut Débit coverage rate, a median income). Chosen at import, kept with the indicator.
 */
export const FRAGILITY_DIRECTIONS = ['higherIsMoreFragile', 'lowerIsMoreFragile'] as const;
export type FragilityDirection = (typeof FRAGILITY_DIRECTIONS)[number];
export const FRAGILITY_DIRECTION_LABELS: Record<FragilityDirection, string> = {
  higherIsMoreFragile: 'plus élevé = plus fragile',
  lowerIsMoreFragile: 'plus bas = plus fragile',
};
const fragilityDirection = z.enum(FRAGILITY_DIRECTIONS, { error: 'Sens de lecture inconnu.' });
export type IndicatorFileKind = (typeof INDICATOR_FILE_KINDS)[number];

/** Which columns of a per-commune file to read: the commune code, then the numeric columns and their names. */
export const indicatorMapping = z.object({
  codeColumn: cleanText('line').min(1).max(300),
  /** Absent: every column but the code and the name columns, when it holds numbers. */
  columns: z
    .array(
      z.object({
        column: cleanText('line').min(1).max(300),
        name: cleanText('line').max(200).optional(),
        unit: cleanText('line').max(50).optional(),
      }),
    )
    .max(200)
    .optional(),
});
export type IndicatorMapping = z.input<typeof indicatorMapping>;

/** A per-commune file the user picked or dropped: sent in pieces beforehand (`uploadId`), or whole in base64. */
const indicatorFileFields = z.object({
  fileName: cleanText('line').min(1).max(300),
  uploadId: uploadIdField.optional(),
  contentBase64: z
    .string()
    .min(1, { error: 'Le fichier est vide.' })
    .max(64 * 1024 * 1024, { error: 'Ce fichier dépasse 48\u00a0Mo.' })
    .optional(),
  kind: z.enum(INDICATOR_FILE_KINDS),
  mapping: indicatorMapping.optional(),
});
export const indicatorFileInput = indicatorFileFields.refine(oneFileSource.check, {
  error: oneFileSource.message,
});
export type IndicatorFileInput = z.input<typeof indicatorFileInput>;

/** What the dataset is: re-importing the same source, name and year replaces it. */
export const indicatorDatasetMeta = z.object({
  /** Empty for the IFN: « Indice de fragilité numérique ». */
  name: cleanText('line').max(200).default(''),
  /** Empty for the IFN: La MedNum. */
  source: cleanText('line').max(300).default(''),
  year: z
    .number({ error: 'Indiquez l’année des données.' })
    .int()
    .min(1900, { error: 'Année invalide.' })
    .max(2100, { error: 'Année invalide.' }),
  /** The unit of the columns that have none of their own (« % », « habitants », « € »). */
  unit: cleanText('line').max(50).default(''),
});

export const indicatorImportInput = indicatorFileFields
  .extend({
    dataset: indicatorDatasetMeta,
    /** The direction of each indicator, by its key (as the preview gives it); absent: as suggested. */
    directions: z.record(z.string().max(300), fragilityDirection).default({}),
  })
  .refine(oneFileSource.check, { error: oneFileSource.message });
export type IndicatorImportInput = z.input<typeof indicatorImportInput>;

export const indicatorDatasetIdInput = z.object({ id: z.number().int().positive() });

/** Changes which way an imported indicator reads (`<datasetId>:<key>`, as the diagnostic names it). */
export const indicatorDirectionInput = z.object({
  indicatorId: z.string().min(3).max(400),
  direction: fragilityDirection,
});
