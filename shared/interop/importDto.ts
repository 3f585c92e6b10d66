import type { ColumnMapping, ImportFormat } from './importFields';

/** What the import would do, shown before anything is written. Counts add up to `counts.total`. */
export interface ImportCounts {
  /** Data rows of the file. */
  total: number;
  create: number;
  update: number;
  merge: number;
  rejected: number;
  outside: number;
}

export interface ImportRowProblem {
  /** Line of the file (CSV: where the record starts; JSON: position of the object, from 1). */
  line: number;
  /** The column concerned, as named in the file, or null for the whole row. */
  field: string | null;
  reason: string;
}

export interface ImportPreviewDto {
  fileName: string;
  format: ImportFormat;
  formatLabel: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'json';
  /** The broken-characters warning, when the file has some; `repairable`: the repair would restore them. */
  mojibake: { message: string; repairable: boolean; repaired: boolean } | null;
  headers: string[];
  /** The first rows as read, for the wizard's preview. */
  sampleRows: string[][];
  mapping: ColumnMapping;
  counts: ImportCounts;
  rejected: ImportRowProblem[];
  outside: ImportRowProblem[];
  warnings: ImportRowProblem[];
  /** The database is copied next to its file before an import of more than 500 rows. */
  backupBefore: boolean;
}

export type ImportJobState = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportJobDto {
  jobId: string;
  state: ImportJobState;
  done: number;
  total: number;
  counts: ImportCounts;
  backupPath: string | null;
  /** In French, when the import failed (nothing was written). */
  error: string | null;
}
