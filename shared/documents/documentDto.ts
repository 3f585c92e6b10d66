import { z } from 'zod';
import { exportFilters } from '../interop/exportDto';

/**
 * The council-ready Word documents: which ones exist, the options of each, and what a built document is
 * when it crosses the boundary (the .docx bytes as base64, with a French, dated file name).
 */

export const DOCUMENT_KINDS = ['annuaire', 'diagnostic', 'feuilleDeRoute', 'noteSynthese'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The title each document carries, on its title page and in its file name. */
export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  annuaire: 'Annuaire des acteurs',
  diagnostic: 'Diagnostic territorial',
  feuilleDeRoute: 'Feuille de route',
  noteSynthese: 'Note de synthèse pour la conférence des maires',
};

/** How the directory is ordered in the annuaire. */
export const ANNUAIRE_GROUPINGS = ['commune', 'typologie'] as const;
export type AnnuaireGrouping = (typeof ANNUAIRE_GROUPINGS)[number];

export const annuaireOptions = z.object({
  groupBy: z
    .enum(ANNUAIRE_GROUPINGS, { error: 'Classement inconnu : par commune ou par typologie.' })
    .default('commune'),
  /** The directory list's filters: the annuaire of the list as filtered on screen. Empty: every actor. */
  filters: exportFilters.prefault({}),
});
export type AnnuaireOptions = z.output<typeof annuaireOptions>;
export type AnnuaireOptionsInput = z.input<typeof annuaireOptions>;

const noOptions = z.object({}).prefault({});

/** Today's diagnostic, or a frozen one (what was shown to the mayors), by its number. */
export const diagnosticOptions = z
  .object({ snapshotId: z.number().int().positive().optional() })
  .prefault({});
export type DiagnosticOptionsInput = z.input<typeof diagnosticOptions>;

export const documentBuildInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('annuaire'), options: annuaireOptions.prefault({}) }),
    z.object({ kind: z.literal('diagnostic'), options: diagnosticOptions }),
    z.object({ kind: z.literal('feuilleDeRoute'), options: noOptions }),
    z.object({ kind: z.literal('noteSynthese'), options: noOptions }),
  ],
  { error: 'Document inconnu : annuaire, diagnostic, feuille de route ou note de synthèse.' },
);
export type DocumentRequest = z.input<typeof documentBuildInput>;
export type DocumentRequestValues = z.output<typeof documentBuildInput>;

/** A built document, ready to be saved by the user. */
export interface DocumentFileDto {
  kind: DocumentKind;
  /** `2026-12-01_Annuaire des acteurs_CC du Civraisien en Poitou.docx` */
  fileName: string;
  mimeType: string;
  contentBase64: string;
  byteCount: number;
}

/** Whether a document can be built now, and if not, what the user has to do first. */
export interface DocumentAvailabilityDto {
  kind: DocumentKind;
  title: string;
  /** One sentence on what the document holds. */
  description: string;
  available: boolean;
  /** When available: what it will contain (« 44 acteurs, 15 communes »); else what is missing and what to do. */
  detail: string;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
