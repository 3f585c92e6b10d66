import type { IndicatorImportDto, IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import { IFN_DATASET_NAME, IFN_SOURCE } from '../../../../shared/diagnostic/indicatorIfn';
import type { IndicatorFileInput } from '../../../../shared/diagnostic/indicatorSchemas';
import { AppFailure } from '../../../../shared/result';
import { quoted } from '../../../../shared/format/french';
import type { BackendContext } from '../../context';
import { nowIsoOf } from '../../context';
import type { HandlerGroup } from '../../router/handlers';
import { getTerritoryCommunes } from '../../territory/repository';
import { analyseIndicatorFile, type IndicatorAnalysis } from './analyseIndicatorFile';
import { deleteDataset, listDatasets, replaceDataset, setIndicatorDirection } from './indicatorRepository';
import { readIndicatorFile } from './readIndicatorFile';
import { fileBytesOf } from '../../uploads/stagedFiles';

/** Indicator data per commune (« Diagnostic »): preview a file, import it as a dataset, list, delete. */

async function territoryCommunes(ctx: BackendContext): Promise<{ code: string; name: string }[]> {
  const communes = await getTerritoryCommunes(ctx.db);
  if (communes.length === 0)
    throw new AppFailure(
      'no_territory',
      'Choisissez d’abord un territoire\u00a0: les indicateurs sont rattachés à ses communes.',
    );
  return communes;
}

async function analyse(input: IndicatorFileInput, ctx: BackendContext): Promise<IndicatorAnalysis> {
  const communes = await territoryCommunes(ctx);
  const file = readIndicatorFile(fileBytesOf(ctx, input), input.kind, input.mapping);
  return analyseIndicatorFile(file, { kind: input.kind, fileName: input.fileName }, communes);
}

export const indicatorHandlers: HandlerGroup<
  | 'indicators.preview'
  | 'indicators.import'
  | 'indicators.list'
  | 'indicators.delete'
  | 'indicators.setDirection'
> = {
  'indicators.preview': async (input, ctx): Promise<IndicatorPreviewDto> =>
    (await analyse(input, ctx)).report,

  'indicators.import': async (input, ctx): Promise<IndicatorImportDto> => {
    const { dataset: meta } = input;
    const name = meta.name || (input.kind === 'ifn' ? IFN_DATASET_NAME : '');
    const source = meta.source || (input.kind === 'ifn' ? IFN_SOURCE : '');
    const fields: Record<string, string> = {};
    if (!name) fields['dataset.name'] = 'Donnez un nom à ce jeu d’indicateurs.';
    if (!source) fields['dataset.source'] = 'Indiquez la source des données (INSEE, ARCEP…).';
    if (Object.keys(fields).length > 0)
      throw new AppFailure('invalid_input', Object.values(fields).join(' '), fields);
    const { report, values } = await analyse(input, ctx);
    if (report.matchedCommuneCount === 0)
      throw new AppFailure(
        'invalid_input',
        `Aucune commune du territoire dans ${quoted(input.fileName)} (${report.rowsRead} lignes lues)\u00a0: rien n’a été importé. Vérifiez la colonne du code commune.`,
      );
    const { id, replaced } = replaceDataset(ctx, {
      kind: input.kind,
      name,
      source,
      year: meta.year,
      unit: meta.unit,
      fileName: input.fileName,
      importedAt: nowIsoOf(ctx),
      indicators: report.columns.map(({ key, label, unit, suggestedDirection }) => ({
        key,
        label,
        unit,
        direction: input.directions[key] ?? suggestedDirection,
      })),
      values,
    });
    const dataset = listDatasets(ctx).find((candidate) => candidate.id === id)!;
    return { dataset, replaced, report };
  },

  'indicators.list': (_input, ctx) => listDatasets(ctx),

  'indicators.setDirection': ({ indicatorId, direction }, ctx) => {
    const separator = indicatorId.indexOf(':');
    const datasetId = Number(indicatorId.slice(0, separator));
    const key = indicatorId.slice(separator + 1);
    const label =
      separator > 0 && Number.isInteger(datasetId)
        ? setIndicatorDirection(ctx, datasetId, key, direction)
        : null;
    if (label === null) throw new AppFailure('not_found', 'Cet indicateur n’existe plus.');
    return { indicatorId, label, direction };
  },

  'indicators.delete': async ({ id }, ctx) => {
    const removed = await deleteDataset(ctx, id);
    if (!removed) throw new AppFailure('not_found', 'Ce jeu d’indicateurs n’existe plus.');
    return { id, name: removed.name, year: removed.year };
  },
};
