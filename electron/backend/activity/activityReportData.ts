import type { DataStore } from '../db/dataStore';
import type { ActivityFiguresDto, HelpedElsewhereDto } from '../../../shared/activity/activityFiguresDto';
import type { ActivityOverviewInput } from '../../../shared/activity/activitySchemas';
import { THEME_FAMILY_LABELS, themeClass, type ThemeFamily } from '../../../shared/activity/themeFamilies';
import { activityOverview } from './activityOverviewRepository';
import { listActivityImports } from './activityRepository';
import {
  actorNameOf,
  familyTotals,
  residencesByImport,
  structureCommunes,
  territoryCommuneNames,
} from './activityReportRepository';

/**
 * The activity figures of a period and a scope (all structures, or one), read once for the « Activité »
 * screen, the Word « Rapport d'activité » and the XLSX export, so the three give the same numbers: the
 * overview (`activityOverviewRepository.ts`), the theme families (`shared/activity/themeFamilies.ts`), the
 * procedures' details and the communes whose inhabitants are helped in a structure of another commune.
 */

const FAMILY_ORDER: (ThemeFamily | 'other')[] = ['procedures', 'skills', 'other'];

export function activityFigures(
  store: Pick<DataStore, 'sqlite'>,
  input: ActivityOverviewInput | undefined,
): ActivityFiguresDto {
  const overview = activityOverview(store, input);
  const imports = listActivityImports(store);

  const actors = new Map<number, string>();
  for (const entry of imports) if (entry.actorId !== null) actors.set(entry.actorId, entry.actorName);
  const scope =
    input?.actorId !== undefined
      ? {
          actorId: input.actorId,
          actorName: actors.get(input.actorId) ?? actorNameOf(store, input.actorId) ?? 'Structure supprimée',
        }
      : null;

  const procedureDetails = overview.byTheme.filter(
    (count) => count.label !== '' && themeClass(count.label).detail,
  );
  const families = new Map<ThemeFamily | 'other', { activities: number; accompaniments: number }>(
    familyTotals(store, input).map(({ family, activities, accompaniments }) => [
      family,
      { activities, accompaniments },
    ]),
  );
  const themeFamilies = FAMILY_ORDER.filter((family) => family !== 'other' || families.has('other')).map(
    (family) => ({
      family,
      label: THEME_FAMILY_LABELS[family],
      ...(families.get(family) ?? { activities: 0, accompaniments: 0 }),
    }),
  );

  const { helpedElsewhere, unknownStructureCommune, unknownResidence } = awayFromHome(store, input, imports);
  return {
    ...overview,
    scope,
    actors: [...actors]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    themeFamilies,
    procedureDetails,
    helpedElsewhere,
    unknownStructureCommune,
    unknownResidence,
  };
}

/** Per commune of residence, the accompaniments in a structure located in another commune, and where. */
function awayFromHome(
  store: Pick<DataStore, 'sqlite'>,
  input: ActivityOverviewInput | undefined,
  imports: ReturnType<typeof listActivityImports>,
) {
  const structureOf = new Map(structureCommunes(store).map((row) => [row.importId, row]));
  const importOf = new Map(imports.map((entry) => [entry.id, entry]));
  const territory = territoryCommuneNames(store);
  const byResidence = new Map<
    string,
    HelpedElsewhereDto & { whereBy: Map<string, HelpedElsewhereDto['where'][number]> }
  >();
  let unknownStructureCommune = 0;
  let unknownResidence = 0;
  for (const row of residencesByImport(store, input)) {
    if (row.code === null && row.label === '') {
      unknownResidence += row.accompaniments;
      continue;
    }
    // A commune written but not recognised: where these people live is not known, so neither is whether they
    // were helped at home or elsewhere.
    if (row.code === null) continue;
    const key = row.code ?? `~${row.label}`;
    let entry = byResidence.get(key);
    if (!entry)
      byResidence.set(
        key,
        (entry = {
          communeCode: row.code,
          communeName: (row.code !== null ? territory.get(row.code) : undefined) ?? row.label,
          inTerritory: row.code !== null && territory.has(row.code),
          accompaniments: 0,
          elsewhere: 0,
          atHome: 0,
          where: [],
          whereBy: new Map(),
        }),
      );
    entry.accompaniments += row.accompaniments;
    const structure = structureOf.get(row.importId);
    if (!structure?.communeCode) {
      unknownStructureCommune += row.accompaniments;
      continue;
    }
    if (structure.communeCode === row.code) {
      entry.atHome += row.accompaniments;
      continue;
    }
    entry.elsewhere += row.accompaniments;
    const source = importOf.get(row.importId);
    const name = source ? (source.placeName ?? source.actorName) : '';
    const whereKey = `${name}\u0001${structure.communeCode}`;
    const where = entry.whereBy.get(whereKey);
    if (where) where.accompaniments += row.accompaniments;
    else
      entry.whereBy.set(whereKey, {
        name,
        communeName: structure.communeName,
        accompaniments: row.accompaniments,
      });
  }
  const helpedElsewhere = [...byResidence.values()]
    .filter((entry) => entry.elsewhere > 0)
    .map(({ whereBy, ...entry }) => ({
      ...entry,
      where: [...whereBy.values()].sort(
        (a, b) => b.accompaniments - a.accompaniments || a.name.localeCompare(b.name, 'fr'),
      ),
    }))
    .sort((a, b) => b.elsewhere - a.elsewhere || a.communeName.localeCompare(b.communeName, 'fr'));
  return { helpedElsewhere, unknownStructureCommune, unknownResidence };
}
