import { importFileInput, importJobInput } from './importSchemas';
import type { ImportJobDto, ImportPreviewDto } from './importDto';
import type { PlaceOriginDto } from './placeOriginDto';
import { actorIdInput } from '../actors/schemas';
import { takes, takesNothing } from '../api/declare';

/** Importing places from a file: the report before writing, then the job. */
export const importApi = {
  /**
   * Called when the import screen opens: the engine reads France's list of communes and loads the import's
   * code while the user chooses a file, instead of during the first report.
   */
  'import.prepare': takesNothing().answers<null>(),
  /** What the import would do; nothing is written. */
  'import.preview': takes(importFileInput).answers<ImportPreviewDto>(),
  'import.start': takes(importFileInput).answers<ImportJobDto>(),
  'import.progress': takes(importJobInput).answers<ImportJobDto>(),
  'import.cancel': takes(importJobInput).answers<ImportJobDto>(),
  /** What the files said of an actor's imported places (source, id, date, presentations, Accès libre). */
  'import.placeOrigins': takes(actorIdInput).answers<PlaceOriginDto[]>(),
};

export type ImportMethod = keyof typeof importApi;
