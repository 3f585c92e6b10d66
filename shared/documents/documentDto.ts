import { z } from 'zod';
import { exportFilters } from '../interop/exportDto';

/**
 * The council-ready Word documents: which ones exist, the options of each, and what a built document is
 * when it crosses the boundary (the .docx bytes as base64, with a French, dated file name).
 */

export const DOCUMENT_KINDS = ['annuaire', 'diagnostic', 'feuilleDeRoute', 'noteSynthese', 'bilan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The title each document carries, on its title page and in its file name. */
export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  annuaire: 'Annuaire des acteurs',
  diagnostic: 'Diagnostic territorial',
  feuilleDeRoute: 'Feuille de route',
  noteSynthese: 'Note de synthèse pour la conférence des maires',
  bilan: 'Bilan de la coordination',
};

/** How the directory is ordered in the annuaire. */
export const ANNUAIRE_GROUPINGS = ['commune', 'typologie'] as const;
export type AnnuaireGrouping = (typeof ANNUAIRE_GROUPINGS)[number];

export const annuaireOptions = z.object({
  groupBy: z
    .enum(ANNUAIRE_GROUPINGS, { error: 'Classement inconnu\u00a0: par commune ou par typologie.' })
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

/**
 * Which feuille de route: an adopted version by its number (built from what was frozen that day, signatures
 * included), or the version being written (« projet »). Absent: the roadmap as its screen shows it.
 */
export const feuilleDeRouteOptions = z
  .object({
    version: z
      .union([z.number().int().positive(), z.literal('projet')], {
        error: 'Version inconnue\u00a0: un numéro de version adoptée, ou le projet en cours.',
      })
      .optional(),
  })
  .prefault({});
export type FeuilleDeRouteOptionsInput = z.input<typeof feuilleDeRouteOptions>;

/** The bilan of one calendar year (the current one: so far). Absent: the latest year with a meeting held. */
export const bilanOptions = z
  .object({
    year: z
      .number({ error: 'Année inconnue\u00a0: une année comme 2026.' })
      .int({ error: 'Année inconnue\u00a0: une année comme 2026.' })
      .min(2000, { error: 'Année inconnue\u00a0: une année comme 2026.' })
      .max(2100, { error: 'Année inconnue\u00a0: une année comme 2026.' })
      .optional(),
  })
  .prefault({});
export type BilanOptionsInput = z.input<typeof bilanOptions>;

export const documentBuildInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('annuaire'), options: annuaireOptions.prefault({}) }),
    z.object({ kind: z.literal('diagnostic'), options: diagnosticOptions }),
    z.object({ kind: z.literal('feuilleDeRoute'), options: feuilleDeRouteOptions }),
    z.object({ kind: z.literal('noteSynthese'), options: noOptions }),
    z.object({ kind: z.literal('bilan'), options: bilanOptions }),
  ],
  {
    error:
      'Document inconnu\u00a0: annuaire, diagnostic, feuille de route, note de synthèse ou bilan de la coordination.',
  },
);
export type DocumentRequest = z.input<typeof documentBuildInput>;
export type DocumentRequestValues = z.output<typeof documentBuildInput>;

/** A built document, ready to be saved by the user. */
export interface DocumentFileDto {
  kind: DocumentKind;
  /** `Feuille de route – version 1 adoptée le 5 avril 2026 – CC du Civraisien en Poitou.docx` */
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
  /**
   * The versions of this document the user can pick, the first one by default: today's diagnostic and each
   * frozen one, the roadmap's draft and each adopted version. Empty for a document that has only one.
   */
  choices: DocumentChoiceDto[];
}

/** One version of a document: how the screen names it, the file it gives, and the request that builds it. */
export interface DocumentChoiceDto {
  /** Stable within the list (« actuel », « fige-3 », « version-1 », « projet »). */
  key: string;
  /** « Version 1, adoptée le 5 avril 2026 à Civray », « Diagnostic figé le 12 mars 2026 : « Conférence » ». */
  label: string;
  /** The file name it will be saved under (with today's date where the name carries one). */
  fileName: string;
  request: DocumentRequest;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
