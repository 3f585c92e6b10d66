import type { ActivityImportDto, ActivityPreviewDto } from '../../../shared/activity/activityDto';
import type { ActivityImportInput } from '../../../shared/activity/activitySchemas';
import { formatDate, quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { CommuneDto } from '../../../shared/territory/dto';
import type { BackendContext } from '../context';
import { nowIsoOf } from '../context';
import {
  actorAndPlace,
  actorCandidates,
  listActivityImports,
  replaceActivityImport,
} from './activityRepository';
import { analyseActivityFile } from './analyseActivityFile';
import { inOneTransaction } from './activityBatchRepository';
import { proposeActors } from './proposeActors';
import type { SheetRows } from './readSpreadsheet';
import { rowsOfStructures, structureNames } from './splitByStructure';

/**
 * A table whose rows name their structure or place (the wizard's « Structure ou lieu » column): the preview
 * lists the structures named, each with the actors it may be; the import writes one import per actor chosen
 * (structures tied to the same actor are read together), all in one transaction. Each replaces that actor's
 * figures over the period, as a file of its own would.
 */

export function structuresNamed(
  ctx: BackendContext,
  sheets: SheetRows[],
  column: string,
  fileName: string,
  communes: readonly CommuneDto[],
): NonNullable<ActivityPreviewDto['structuresNamed']> {
  const candidates = actorCandidates(ctx);
  return [...structureNames(sheets, column, fileName)]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'))
    .map(([name, rows]) => ({
      name,
      rows,
      actorChoices: name === '' ? [] : proposeActors(candidates, [name], communes),
    }));
}

export function importByStructure(
  ctx: BackendContext,
  input: ActivityImportInput & { mapping: { structureColumn: string } },
  sheets: SheetRows[],
  communes: readonly CommuneDto[],
): ActivityImportDto {
  const column = input.mapping.structureColumn;
  const named = structureNames(sheets, column, input.fileName);
  const chosen = new Map((input.structures ?? []).map((entry) => [entry.name, entry]));
  const missing = [...named.keys()].filter((name) => !chosen.has(name));
  if (missing.length > 0)
    throw new AppFailure(
      'invalid_input',
      `Choisissez la structure de ${missing
        .slice(0, 3)
        .map((name) => (name === '' ? 'des lignes sans structure' : quoted(name)))
        .join(
          ', ',
        )}${missing.length > 3 ? '…' : ''}\u00a0: chaque structure du fichier est rattachée à une structure de l’annuaire.`,
    );

  // Structures tied to the same actor and place are one import (else the second would replace the first).
  const groups = new Map<string, { actorId: number; placeId: number | null; names: Set<string> }>();
  for (const name of named.keys()) {
    const { actorId, placeId } = chosen.get(name)!;
    const key = `${actorId}:${placeId ?? ''}`;
    const group = groups.get(key) ?? { actorId, placeId: placeId ?? null, names: new Set<string>() };
    group.names.add(name);
    groups.set(key, group);
  }
  const period = { start: input.periodStart, end: input.periodEnd };
  const planned = [...groups.values()].map((group) => {
    const owner = actorAndPlace(ctx, group.actorId, group.placeId);
    if (!owner)
      throw new AppFailure(
        'invalid_input',
        'Une des structures choisies n’est plus dans l’annuaire\u00a0: choisissez-en une autre.',
      );
    const subset = rowsOfStructures(sheets, column, input.fileName, group.names);
    return { group, owner, analysis: analyseActivityFile(subset, input, communes, period) };
  });
  const written = planned.filter((entry) => entry.analysis.records.length > 0);
  if (written.length === 0)
    throw new AppFailure(
      'invalid_input',
      `Aucune activité de ${quoted(input.fileName)} entre le ${formatDate(input.periodStart)} et le ${formatDate(input.periodEnd)}\u00a0: rien n’a été importé.`,
    );
  const importedAt = nowIsoOf(ctx);
  // The file's own imports never replace one another (a structure's row without a place beside its annexe's).
  const batch: number[] = [];
  const results = inOneTransaction(ctx, () =>
    written.map(({ group, owner, analysis }) => {
      const result = replaceActivityImport(
        ctx,
        {
          kind: input.kind,
          actorId: group.actorId,
          actorName: owner.actorName,
          placeId: group.placeId,
          placeName: owner.placeName,
          fileName: input.fileName,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          importedAt,
          columnsLeftOut: analysis.columnsLeftOut,
          rows: analysis.rows,
        },
        batch,
      );
      batch.push(result.id);
      return result;
    }),
  );
  const all = listActivityImports(ctx);
  const imports = results.map(({ id }) => all.find((entry) => entry.id === id)!);
  const whole = analyseActivityFile(sheets, input, communes, period);
  return {
    import: imports[0]!,
    imports,
    replacedImports: results.reduce((sum, result) => sum + result.replacedImports, 0),
    preview: {
      ...whole.report,
      actorChoices: [],
    },
  };
}
