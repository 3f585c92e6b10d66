import type { ColumnMapping, ImportFormat } from './importFields';
import type { FileKind } from './fileRecords';

/** What the import would do, shown before anything is written. Counts add up to `counts.total`. */
export interface ImportCounts {
  /** Data rows of the file. */
  total: number;
  create: number;
  update: number;
  /**
   * Of `update`: rows the directory already holds as the file says, as read when the report was made (a
   * re-import of the same file): importing them changes nothing.
   */
  upToDate: number;
  /**
   * Of `update` less `upToDate`: rows of Maillage's own export written for an actor without places, which
   * update that actor's fields and add no place.
   */
  actorOnly: number;
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

/**
 * A value of the file that the directory cannot hold, counted over the rows that are imported: a value
 * outside the standard's lists (« Adultes »), a link that is not one, a column that fills no field
 * (`value` null: the count is of the column's filled cells). Nothing is left out without being counted here.
 */
export interface UnmappedValue {
  /** The column, as named in the file. */
  field: string;
  value: string | null;
  count: number;
}

export interface ImportPreviewDto {
  fileName: string;
  /** A CSV (lines and columns) or a JSON file (records, « fiches », and fields): how the report names them. */
  fileKind: FileKind;
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
  /** Every value left out, by column and value, most frequent first (all of them, never cut). */
  unmapped: UnmappedValue[];
  /**
   * What none of the file's rows that update a stored place has a column for (« horaires », « téléphone »):
   * those places keep what the directory holds of it. Empty when the file updates no place.
   */
  unsaidOnUpdates: string[];
  /**
   * Places imported before from the file's source that the file no longer lists (« Hub du Sud »): they stay
   * in the directory. `places`: the first 500, with their commune.
   */
  absent: { total: number; places: { name: string; communeName: string | null }[] };
  /** The database is copied next to its file before an import of more than 500 rows. */
  backupBefore: boolean;
  /**
   * Rows to create that the directory may already hold, each also warned about on its line: an actor or place
   * of the same name in the same commune (`sameName`), or a place of the same file id in the Corbeille.
   */
  alreadyThere: { sameName: number; trashed: number };
}

export type ImportJobState = 'running' | 'done' | 'cancelled' | 'failed';

/**
 * Where a running import stands. The rows are written in one go (BEGIN … COMMIT within one turn of the
 * engine), so no progress can be seen inside the write:
 * - `starting`: the job begins at the engine's next turn (the answer to `import.start` leaves first);
 * - `waiting`: another operation holds the database (a Word document reading its data, a save…), the
 *   import waits for it;
 * - `writing`: the rows are being written.
 * `import.cancel` stops the import, nothing written, while it is `starting` or `waiting`; once `writing`,
 * the import runs to its end (all of it, or nothing on an error).
 */
export type ImportJobPhase = 'starting' | 'waiting' | 'writing';

export interface ImportJobDto {
  jobId: string;
  state: ImportJobState;
  /** Meaningful while `state` is `running`; the last phase reached afterwards. */
  phase: ImportJobPhase;
  /** Rows written and committed: 0 until the write has ended, then `total`. */
  done: number;
  /** Rows the import writes. */
  total: number;
  counts: ImportCounts;
  /**
   * Of the rows to update, those the directory already held as the file says (a re-import of the same file):
   * left as they were, dates included. Known once the job is done, 0 before.
   */
  unchanged: number;
  /** Of the rows to update, those for an actor without places that changed it (0 until the job is done). */
  actorOnlyChanged: number;
  backupPath: string | null;
  /** In French, when the import failed (nothing was written). */
  error: string | null;
}
