import { z } from 'zod';
import { id, requiredText, withoutControls } from '../api/fields';
import { SERVICES } from '../vocabularies/lieuxMediation';
import type { DiagnosticComparison } from './compareSnapshots';
import {
  COMMENTARY_SECTIONS,
  type DiagnosticCommentaryDto,
  type DiagnosticDto,
  type DiagnosticSettingsDto,
  type SnapshotDto,
  type SnapshotSummaryDto,
} from './diagnosticDto';
import { takes, takesNothing } from '../api/declare';

/** The reader's choices: fragility indicator, the service watched for « fragile et loin », thresholds. */
export const diagnosticSettingsInput = z.object({
  /** `<datasetId>:<key>` of an imported indicator; absent or null: the latest IFN total, if any. */
  fragilityIndicatorId: z.string().max(400).nullable().default(null),
  /** The name the screen and the documents give the fragility; null or empty: the indicator's own label. */
  fragilityLabel: withoutControls('line')
    .max(120, { error: 'Le nom de l’indicateur\u00a0: 120 caractères au plus.' })
    .nullable()
    .default(null)
    .transform((label) => (label === null || label.trim() === '' ? null : label.trim())),
  service: z.enum(SERVICES, { error: 'Service inconnu.' }).default('Aide aux démarches administratives'),
  minScore: z
    .number({ error: 'Le seuil de fragilité est un nombre.' })
    .min(1, { error: 'Le seuil de fragilité est compris entre 1 et 10.' })
    .max(10, { error: 'Le seuil de fragilité est compris entre 1 et 10.' })
    .default(7),
  minDistanceKm: z
    .number({ error: 'La distance est un nombre de kilomètres.' })
    .min(0, { error: 'La distance ne peut pas être négative.' })
    .max(500, { error: 'La distance\u00a0: 500\u00a0km au plus.' })
    .default(10),
});
export type DiagnosticSettingsInput = z.input<typeof diagnosticSettingsInput>;

/** The settings as `diagnostic.get` takes them: each one given overrides the stored one, for this call only. */
export const diagnosticSettingsOverride = z
  .object({
    fragilityIndicatorId: z.string().max(400).nullable(),
    fragilityLabel: z.string().max(120).nullable(),
    service: z.enum(SERVICES, { error: 'Service inconnu.' }),
    minScore: z.number().min(1).max(10),
    minDistanceKm: z.number().min(0).max(500),
  })
  .partial();

const snapshotId = z.object({ id });

/** Methods of the diagnostic: the computed diagnostic, its commentary, frozen snapshots. */
export const diagnosticApi = {
  /** Today's diagnostic with the stored settings (or, for this call only, those given). */
  'diagnostic.get': takes(diagnosticSettingsOverride.prefault({})).answers<DiagnosticDto>(),
  /** The settings stored with the territory, used by the screen and every document. */
  'diagnostic.settings': takesNothing().answers<DiagnosticSettingsDto>(),
  'diagnostic.saveSettings': takes(diagnosticSettingsInput).answers<DiagnosticSettingsDto>(),
  'diagnostic.map': takes(
    z.object({
      indicatorId: z.string().max(400).nullable().default(null),
    }),
  ).answers<DiagnosticMapDto>(),
  'diagnostic.setCommentary': takes(
    z.object({
      section: z.enum(COMMENTARY_SECTIONS, { error: 'Partie du commentaire inconnue.' }),
      text: withoutControls('multiline').max(20_000, {
        error: 'Le commentaire\u00a0: 20 000 caractères au plus.',
      }),
    }),
  ).answers<DiagnosticCommentaryDto>(),
  'diagnostic.freeze': takes(
    z.object({
      title: requiredText(200, 'Le titre du diagnostic figé'),
      /** Absent: the stored settings, as every document uses them. */
      settings: diagnosticSettingsInput.optional(),
    }),
  ).answers<SnapshotSummaryDto>(),
  'diagnostic.snapshots': takesNothing().answers<SnapshotSummaryDto[]>(),
  'diagnostic.snapshot': takes(snapshotId).answers<SnapshotDto>(),
  'diagnostic.deleteSnapshot': takes(snapshotId).answers<{ id: number; title: string }>(),
  'diagnostic.compare': takes(
    z.object({
      fromId: id,
      /** Null: compare with the diagnostic as it is today (same settings as the earlier snapshot). */
      toId: id.nullable().default(null),
    }),
  ).answers<DiagnosticComparisonDto>(),
};

export type DiagnosticMethod = keyof typeof diagnosticApi;

/** The choropleth map of one indicator: the SVG, or why there is none. */
export interface DiagnosticMapDto {
  hasContours: boolean;
  /** The indicator drawn (`<datasetId>:<key>`), null when there is none to draw. */
  indicatorId: string | null;
  svg: string | null;
}

/** One side of a comparison: a snapshot, or today's diagnostic (id null). */
export interface ComparisonSideDto {
  id: number | null;
  title: string;
  /** ISO date-time the values were read. */
  date: string;
}

export interface DiagnosticComparisonDto {
  before: ComparisonSideDto;
  after: ComparisonSideDto;
  comparison: DiagnosticComparison;
}
