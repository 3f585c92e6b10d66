import type { ActivityImportDto, ActivityPreviewDto } from '../../../shared/activity/activityDto';
import type { ActivityFileInput } from '../../../shared/activity/activitySchemas';
import { countLabel, formatDate, quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { nowIsoOf } from '../context';
import type { HandlerGroup } from '../router/handlers';
import { getTerritoryCommunes } from '../territory/repository';
import { fileBytesOf } from '../uploads/stagedFiles';
import {
  actorAndPlace,
  actorCandidates,
  deleteActivityImport,
  listActivityImports,
  replaceActivityImport,
} from './activityRepository';
import { documentContextOf } from '../documents/documentContext';
import { activityReportFile } from '../documents/activityReport/buildActivityReport';
import { activitySpreadsheetFile } from '../documents/activityReport/activitySpreadsheet';
import { activityFigures } from './activityReportData';
import { activityMap } from './activityMap';
import { importByStructure, structuresNamed } from './importByStructure';
import { analyseActivityFile } from './analyseActivityFile';
import { proposeActors } from './proposeActors';
import { readSpreadsheet } from './readSpreadsheet';

/** The médiateurs' activity (« Activité »): preview a file, import it for an actor and a period, read it back. */

async function read(input: ActivityFileInput, ctx: BackendContext) {
  const communes = await getTerritoryCommunes(ctx.db);
  if (communes.length === 0)
    throw new AppFailure(
      'no_territory',
      'Choisissez d’abord un territoire\u00a0: l’activité est rattachée à ses communes.',
    );
  const sheets = await readSpreadsheet(fileBytesOf(ctx, input), input.fileName);
  return { communes, sheets };
}

/** The territory's name, today and communes, for the map. */
async function mapTerritory(ctx: BackendContext) {
  const context = await documentContextOf(ctx);
  return {
    name: context.territory.displayName,
    today: context.today,
    communes: await getTerritoryCommunes(ctx.db),
  };
}

/** The figures of a report or an export; nothing imported is said, not written as a page of zeros. */
function reportable(ctx: BackendContext, input: Parameters<typeof activityFigures>[1]) {
  const figures = activityFigures(ctx, input);
  if (figures.firstDay === null)
    throw new AppFailure(
      'invalid_input',
      'Aucune activité n’est importée\u00a0: importez d’abord l’export «\u00a0Activités\u00a0» de La Coop ou un tableau d’activité.',
    );
  if (figures.totals.activities === 0)
    throw new AppFailure(
      'invalid_input',
      `Aucune activité${figures.scope ? ` de ${quoted(figures.scope.actorName)}` : ''} sur cette période\u00a0: choisissez une autre période${figures.scope ? ' ou une autre structure' : ''}.`,
    );
  return figures;
}

export const activityHandlers: HandlerGroup<
  | 'activity.preview'
  | 'activity.import'
  | 'activity.imports'
  | 'activity.deleteImport'
  | 'activity.overview'
  | 'activity.map'
  | 'activity.report'
  | 'activity.spreadsheet'
> = {
  'activity.preview': async (input, ctx): Promise<ActivityPreviewDto> => {
    const { communes, sheets } = await read(input, ctx);
    const { report } = analyseActivityFile(sheets, input, communes);
    const column = input.kind === 'table' ? input.mapping?.structureColumn : undefined;
    if (column)
      return {
        ...report,
        actorChoices: [],
        structuresNamed: structuresNamed(ctx, sheets, column, input.fileName, communes),
      };
    return { ...report, actorChoices: proposeActors(actorCandidates(ctx), report.placesNamed, communes) };
  },

  'activity.import': async (input, ctx): Promise<ActivityImportDto> => {
    const structureColumn = input.kind === 'table' ? input.mapping?.structureColumn : undefined;
    if (structureColumn) {
      const { communes, sheets } = await read(input, ctx);
      return importByStructure(
        ctx,
        { ...input, mapping: { ...input.mapping!, structureColumn } },
        sheets,
        communes,
      );
    }
    const owner = actorAndPlace(ctx, input.actorId, input.placeId);
    if (!owner)
      throw new AppFailure(
        'invalid_input',
        'Cette structure ou ce lieu n’est plus dans l’annuaire\u00a0: choisissez-en un autre.',
        { actorId: 'Structure introuvable.' },
      );
    const { communes, sheets } = await read(input, ctx);
    const analysis = analyseActivityFile(sheets, input, communes, {
      start: input.periodStart,
      end: input.periodEnd,
    });
    if (analysis.records.length === 0)
      throw new AppFailure(
        'invalid_input',
        `Aucune activité de ${quoted(input.fileName)} entre le ${formatDate(input.periodStart)} et le ${formatDate(input.periodEnd)}\u00a0: rien n’a été importé.${analysis.report.refusedCount > 0 ? ` ${countLabel(analysis.report.refusedCount, 'ligne écartée', 'lignes écartées')}.` : ''}`,
      );
    const { id, replacedImports } = replaceActivityImport(ctx, {
      kind: input.kind,
      actorId: input.actorId,
      actorName: owner.actorName,
      placeId: input.placeId,
      placeName: owner.placeName,
      fileName: input.fileName,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      importedAt: nowIsoOf(ctx),
      columnsLeftOut: analysis.columnsLeftOut,
      rows: analysis.rows,
    });
    const entry = listActivityImports(ctx).find((candidate) => candidate.id === id)!;
    return {
      import: entry,
      imports: [entry],
      replacedImports,
      preview: { ...analysis.report, actorChoices: [] },
    };
  },

  'activity.imports': (_input, ctx) => listActivityImports(ctx),

  'activity.deleteImport': ({ id }, ctx) => {
    if (!deleteActivityImport(ctx, id)) throw new AppFailure('not_found', 'Cet import n’existe plus.');
    return { id };
  },

  'activity.overview': (input, ctx) => activityFigures(ctx, input),

  'activity.map': async (input, ctx) => {
    const figures = activityFigures(ctx, input);
    return activityMap(ctx, figures, await mapTerritory(ctx));
  },

  'activity.report': async (input, ctx) => {
    const figures = reportable(ctx, input);
    const map = activityMap(ctx, figures, await mapTerritory(ctx));
    return activityReportFile(figures, await documentContextOf(ctx), map.svg);
  },

  'activity.spreadsheet': async (input, ctx) => {
    const figures = reportable(ctx, input);
    return activitySpreadsheetFile(figures, await documentContextOf(ctx));
  },
};
