import type { HandlerGroup } from '../../router/handlers';
import { hasTerritory } from '../../territory/repository';
import { noTerritory } from '../../actors/territoryRules';
import type { BackendContext } from '../../context';
import { prepareImport, type ImportFileRequest } from './prepareImport';
import { cancelImport, importProgress, startImport } from './importJob';
import { rememberPlan, takePlan } from './planCache';
import { placeOriginsOf } from './placeOrigins';
import { fileBytesOf } from '../../uploads/stagedFiles';
import { prepareCommuneIndex } from './communeIndex';
import { prepareCoordinateZones } from './coordinateCheck';
import { PlanSpool } from './planSpool';

/**
 * Importing places from a file: the report first (`import.preview`), then the job. The job runs the
 * preview's plan when nothing changed in between (`planCache.ts`), else plans the file again.
 */

async function prepared(ctx: BackendContext, input: ImportFileRequest) {
  if (!(await hasTerritory(ctx.db))) throw noTerritory();
  const spool = new PlanSpool(ctx.databasePath);
  try {
    return await prepareImport(ctx, input, fileBytesOf(ctx, input), spool);
  } catch (error) {
    spool.close();
    throw error;
  }
}

export const importHandlers: HandlerGroup<
  | 'import.prepare'
  | 'import.preview'
  | 'import.start'
  | 'import.progress'
  | 'import.cancel'
  | 'import.placeOrigins'
> = {
  // The first call of the group loads this module; the communes' index is the first report's longest step,
  // each commune's part of France (the coordinates' check) the next one.
  'import.prepare': () => {
    prepareCommuneIndex();
    prepareCoordinateZones();
    return null;
  },

  'import.preview': async (input, ctx) => {
    const { preview, plan } = await prepared(ctx, input);
    rememberPlan(ctx, input, plan);
    return preview;
  },

  'import.start': async (input, ctx) => {
    if (!(await hasTerritory(ctx.db))) throw noTerritory();
    return startImport(ctx, takePlan(ctx, input) ?? (await prepared(ctx, input)).plan);
  },

  'import.progress': ({ jobId }) => importProgress(jobId),

  'import.cancel': ({ jobId }) => cancelImport(jobId),

  'import.placeOrigins': ({ id }, ctx) => placeOriginsOf(ctx.db, id),
};
