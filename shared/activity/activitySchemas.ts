import { z } from 'zod';
import { cleanText } from '../api/fields';
import { oneFileSource, uploadIdField } from '../uploads/uploadSchemas';

/** La Coop de la médiation numérique's « Activités » export, or any per-activity or per-month table. */
export const ACTIVITY_FILE_KINDS = ['coop', 'table'] as const;
export type ActivityFileKind = (typeof ACTIVITY_FILE_KINDS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date invalide (attendu AAAA-MM-JJ).' });

/**
 * Which columns of a table to read (the column wizard): the date (a day, or a month such as « 2026-03 » or
 * « mars 2026 »), then what each row counts. Absent columns are unknown, never zero.
 */
export const activityMapping = z.object({
  dateColumn: cleanText('line').min(1).max(300),
  /** Absent: each row counts one accompaniment. */
  countColumn: cleanText('line').max(300).optional(),
  /** The number of participants when it differs from the count (a workshop); absent: as the count. */
  participantsColumn: cleanText('line').max(300).optional(),
  kindColumn: cleanText('line').max(300).optional(),
  themeColumn: cleanText('line').max(300).optional(),
  communeColumn: cleanText('line').max(300).optional(),
  ageColumn: cleanText('line').max(300).optional(),
  statusColumn: cleanText('line').max(300).optional(),
  /** The structure or place of each row: one import per structure, each tied to the actor the user chose. */
  structureColumn: cleanText('line').max(300).optional(),
});
export type ActivityMapping = z.input<typeof activityMapping>;

const activityFileFields = z.object({
  fileName: cleanText('line').min(1).max(300),
  uploadId: uploadIdField.optional(),
  contentBase64: z
    .string()
    .min(1, { error: 'Le fichier est vide.' })
    .max(64 * 1024 * 1024, { error: 'Ce fichier dépasse 48\u00a0Mo.' })
    .optional(),
  kind: z.enum(ACTIVITY_FILE_KINDS),
  mapping: activityMapping.optional(),
});

/** An activity file picked or dropped: sent in pieces beforehand (`uploadId`), or whole in base64. */
export const activityFileInput = activityFileFields.refine(oneFileSource.check, {
  error: oneFileSource.message,
});
export type ActivityFileInput = z.input<typeof activityFileInput>;

/**
 * The import itself: the file again, the actor of the directory whose activity it is (and, optionally, one of
 * its places), and the period it covers. Re-importing the same actor over an overlapping period replaces
 * that actor's figures over the overlap.
 */
export const activityImportInput = activityFileFields
  .extend({
    actorId: z.number({ error: 'Choisissez la structure dont c’est l’activité.' }).int().positive(),
    placeId: z.number().int().positive().nullable().default(null),
    /**
     * With a table's structure column: the actor (and place) of each structure named in it. `actorId` is then
     * the first one's.
     */
    structures: z
      .array(
        z.object({
          name: z.string().max(300),
          actorId: z.number().int().positive(),
          placeId: z.number().int().positive().nullable().default(null),
        }),
      )
      .max(500)
      .optional(),
    periodStart: isoDay,
    periodEnd: isoDay,
  })
  .refine(oneFileSource.check, { error: oneFileSource.message })
  .refine((input) => input.periodStart <= input.periodEnd, {
    error: 'La fin de la période précède son début.',
    path: ['periodEnd'],
  });
export type ActivityImportInput = z.input<typeof activityImportInput>;

/** The « Activité » screen's period and structure filters; absent: everything imported. */
export const activityOverviewInput = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    actorId: z.number().int().positive().optional(),
  })
  .default({});
export type ActivityOverviewInput = z.input<typeof activityOverviewInput>;

export const activityImportIdInput = z.object({ id: z.number().int().positive() });
