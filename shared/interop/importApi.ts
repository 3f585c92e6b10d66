import { importFileInput, importJobInput } from './importSchemas';
import type { ImportJobDto, ImportPreviewDto } from './importDto';
import { takes } from '../api/declare';

/** Importing places from a file: the report before writing, then the job. */
export const importApi = {
  /** What the import would do; nothing is written. */
  'import.preview': takes(importFileInput).answers<ImportPreviewDto>(),
  'import.start': takes(importFileInput).answers<ImportJobDto>(),
  'import.progress': takes(importJobInput).answers<ImportJobDto>(),
  'import.cancel': takes(importJobInput).answers<ImportJobDto>(),
};

export type ImportMethod = keyof typeof importApi;
