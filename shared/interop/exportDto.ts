import { z } from 'zod';
import { actorListQuery } from '../actors/schemas';

/**
 * Exporting the directory: the three formats, the optional list filters, and what comes back — the file's
 * content and name, and the report of the places that the standard could not take.
 */

export const EXPORT_FORMATS = ['standardCsv', 'standardJson', 'spreadsheet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The directory list's filters (search included), without its sort and paging. */
export const exportFilters = actorListQuery.omit({ sort: true, offset: true, limit: true });

export const exportPreviewInput = z.object({ filters: exportFilters.prefault({}) });
export const exportFileInput = z.object({
  format: z.enum(EXPORT_FORMATS),
  filters: exportFilters.prefault({}),
});
export type ExportFilters = z.input<typeof exportFilters>;

/** One row left out of the standard files, or exported with a field left empty. */
export interface ExportProblemDto {
  actorId: number;
  actorName: string;
  /** The place's name, or null for the row made from the actor's own address. */
  placeName: string | null;
  /** The standard's column (« pivot », « code_postal »…). */
  field: string;
  /** In French: what is wrong and what to do. */
  message: string;
}

export interface ExportPreviewDto {
  actorCount: number;
  /** Rows of the standard files (one per place, or one for an actor without a place). */
  rowCount: number;
  /** Rows the standard files will hold. */
  exportableCount: number;
  /** Rows left out of the standard files, each with every reason. */
  excluded: ExportProblemDto[];
  /** Rows exported with a value left out (a phone the standard cannot take, hours to correct…). */
  warnings: ExportProblemDto[];
  /** Suggested file names, per format. */
  fileNames: Record<ExportFormat, string>;
}

export interface ExportFileDto {
  format: ExportFormat;
  fileName: string;
  mimeType: string;
  /** The whole file: its text, or its bytes in base64 when `base64` is true (the Excel workbook). */
  content: string;
  base64: boolean;
  rowCount: number;
}
