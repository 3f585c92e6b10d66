import type { HandlerGroup } from '../../router/handlers';
import { hasTerritory } from '../../territory/repository';
import { noTerritory } from '../../actors/territoryRules';
import type { BackendContext } from '../../context';
import { prepareImport, type ImportFileRequest } from './prepareImport';
import { cancelImport, importProgress, startImport } from './importJob';

/** Importing places from a file: the report first (`import.preview`), then the job. */

async function prepared(ctx: BackendContext, input: ImportFileRequest) {
  if (!(await hasTerritory(ctx.db))) throw noTerritory();
  return prepareImport(ctx.db, input);
}

export const importHandlers: HandlerGroup<
  'import.preview' | 'import.start' | 'import.progress' | 'import.cancel'
> = {
  'import.preview': async (input, ctx) => (await prepared(ctx, input)).preview,

  'import.start': async (input, ctx) => startImport(ctx, (await prepared(ctx, input)).plan),

  'import.progress': ({ jobId }) => importProgress(jobId),

  'import.cancel': ({ jobId }) => cancelImport(jobId),
};
