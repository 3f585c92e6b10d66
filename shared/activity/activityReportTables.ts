import type { ActivityCount, ActivityImportListItemDto } from './activityDto';
import type { ActivityFiguresDto } from './activityFiguresDto';
import { UNKNOWN_CATEGORY } from './activityCharts';
import { THEME_FAMILY_LABELS, themeClass } from './themeFamilies';
import { activityHours } from './activityHours';
import { activityUnknowns } from './activityUnknowns';
import { inTerritoryCell, residenceWhere } from './residenceWhere';

/**
 * The tables of the « Rapport d'activité », the same in the Word document and in the XLSX export (one sheet
 * each): plain values, typed, so that the spreadsheet keeps numbers as numbers and dates as dates. A null cell
 * is « non renseigné », never 0.
 */

/** `rate`: a figure with one decimal always (« 3,0 »), so that a column of rates lines up. */
export type ReportColumnType = 'text' | 'integer' | 'decimal' | 'rate' | 'date' | 'month';

export interface ReportColumn {
  header: string;
  type: ReportColumnType;
}

/**
 * A text, a number, an ISO day (« 2026-03-31 ») or month (« 2026-03 ») as its column says; null when not known
 * (« non renseigné »); '' when it does not apply (the population of a commune outside the territory).
 */
export type ReportCell = string | number | null;

export interface ReportTable {
  id: string;
  /** The sheet's name (31 characters at most, no « : / ? * [ ] »). */
  sheet: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** The columns the Word document prints (indices), when not all: the spreadsheet has them all. */
  printed?: number[];
}

export const NOT_PROVIDED = 'non renseigné';

const SOURCE_KIND: Record<ActivityImportListItemDto['kind'], string> = {
  coop: 'Export La Coop de la médiation numérique',
  table: 'Tableau d’activité',
};

const KIND_LABELS: Record<string, string> = {
  individual: 'Individuel',
  collective: 'Atelier collectif',
  unknown: 'Type non précisé',
};

const named = (label: string) => (label === '' ? UNKNOWN_CATEGORY : label);

const text = (header: string): ReportColumn => ({ header, type: 'text' });
const integer = (header: string): ReportColumn => ({ header, type: 'integer' });

function counts(
  id: string,
  sheet: string,
  title: string,
  label: string,
  list: ActivityCount[],
  withActivities: boolean,
): ReportTable {
  return {
    id,
    sheet,
    title,
    columns: [text(label), ...(withActivities ? [integer('Activités')] : []), integer('Accompagnements')],
    rows: list.map((count) => [
      named(count.label),
      ...(withActivities ? [count.activities] : []),
      count.accompaniments,
    ]),
  };
}

/** Accompaniments per 1,000 inhabitants, rounded to one decimal (null when the population is unknown). */
export function ratePer1000(accompaniments: number, population: number | null): number | null {
  return population === null || population <= 0
    ? null
    : Math.round((accompaniments * 10_000) / population) / 10;
}

export function activityReportTables(figures: ActivityFiguresDto): ReportTable[] {
  const { totals } = figures;
  const participantsCollective =
    figures.byKind.find((count) => count.label === 'collective')?.accompaniments ?? 0;
  const participantsIndividual =
    figures.byKind.find((count) => count.label === 'individual')?.accompaniments ?? 0;
  const untyped = figures.byMonth.some((month) => month.unknown > 0);
  const unknowns = activityUnknowns(figures);
  /** A figure of a kind (or a theme) the imports never said: unknown, not 0. */
  const ifTyped = (value: number) => (unknowns.typeKnown ? value : null);
  const ifThemed = (value: number) => (unknowns.themeKnown ? value : null);
  return [
    {
      id: 'synthese',
      sheet: 'Synthèse',
      title: 'Chiffres clés',
      columns: [text('Indicateur'), { header: 'Valeur', type: 'decimal' }],
      rows: [
        ['Accompagnements (personnes accompagnées, une fois par activité)', totals.accompaniments],
        ['Activités', totals.activities],
        ['Accompagnements individuels', ifTyped(totals.individualActivities)],
        ['Personnes accompagnées en individuel', ifTyped(participantsIndividual)],
        ['Ateliers collectifs', ifTyped(totals.collectiveActivities)],
        ['Participants aux ateliers collectifs', ifTyped(participantsCollective)],
        ...(unknowns.typeKnown && unknowns.untypedActivities > 0
          ? [['Activités de type non précisé', unknowns.untypedActivities] as ReportCell[]]
          : []),
        [
          'Accompagnements sur l’aide aux démarches administratives',
          ifThemed(totals.procedureAccompaniments),
        ],
        ...(unknowns.themeKnown && unknowns.unthemedAccompaniments > 0
          ? [['Accompagnements sans thématique renseignée', unknowns.unthemedAccompaniments] as ReportCell[]]
          : []),
        ['Heures d’accompagnement (durées renseignées)', activityHours(totals).hours],
        ['Activités sans durée renseignée', totals.untimedActivities],
        ['Accompagnements sans commune de résidence renseignée', figures.unknownResidence],
      ],
    },
    {
      id: 'mois',
      sheet: 'Par mois',
      title: 'Accompagnements par mois',
      // « Type non précisé » only when a file left the type out (a column of zeros said nothing).
      // No type said at all: no columns of 0 for individual and collective.
      columns: [
        { header: 'Mois', type: 'month' },
        ...(unknowns.typeKnown ? [integer('Individuel'), integer('Atelier collectif')] : []),
        ...(untyped ? [integer('Type non précisé')] : []),
        integer('Total'),
      ],
      rows: figures.byMonth.map((month) => [
        month.month,
        ...(unknowns.typeKnown ? [month.individual, month.collective] : []),
        ...(untyped ? [month.unknown] : []),
        month.individual + month.collective + month.unknown,
      ]),
    },
    {
      id: 'types',
      sheet: 'Individuel-collectif',
      title: 'Individuel ou collectif',
      columns: [text('Type'), integer('Activités'), integer('Accompagnements')],
      rows: figures.byKind.map((count) => [
        KIND_LABELS[count.label] ?? count.label,
        count.activities,
        count.accompaniments,
      ]),
    },
    counts(
      'structures',
      'Par structure',
      'Accompagnements par structure',
      'Structure',
      figures.byActor,
      true,
    ),
    {
      id: 'communes',
      sheet: 'Par commune',
      title: 'Accompagnements par commune de résidence',
      columns: [
        text('Commune de résidence'),
        text('Code INSEE'),
        text('Dans le territoire'),
        integer('Accompagnements'),
        integer('Population (INSEE)'),
        { header: 'Pour 1 000 habitants', type: 'rate' },
      ],
      rows: figures.byCommune.map((count) => [
        named(count.label),
        count.communeCode,
        inTerritoryCell(residenceWhere(count)),
        count.accompaniments,
        count.inTerritory ? count.population : '',
        count.inTerritory ? ratePer1000(count.accompaniments, count.population) : '',
      ]),
      printed: [0, 2, 3, 4, 5],
    },
    {
      id: 'ailleurs',
      sheet: 'Accompagnés ailleurs',
      title: 'Communes dont les habitants sont accompagnés ailleurs',
      columns: [
        text('Commune de résidence'),
        text('Dans le territoire'),
        integer('Accompagnements de ses habitants'),
        integer('Dont dans une structure d’une autre commune'),
        text('Où'),
      ],
      rows: figures.helpedElsewhere.map((entry) => [
        entry.communeName,
        inTerritoryCell(residenceWhere({ ...entry, label: entry.communeName })),
        entry.accompaniments,
        entry.elsewhere,
        entry.where
          .map(
            (where) =>
              `${where.name}${where.communeName ? ` (${where.communeName})` : ''}\u00a0: ${where.accompaniments}`,
          )
          .join('\u00a0; '),
      ]),
    },
    {
      id: 'familles',
      sheet: 'Démarches-compétences',
      title: 'Démarches administratives ou compétences numériques',
      columns: [text('Famille de thématiques'), integer('Activités'), integer('Accompagnements')],
      rows: figures.themeFamilies.map((family) => [
        family.label,
        ifThemed(family.activities),
        ifThemed(family.accompaniments),
      ]),
    },
    {
      id: 'thematiques',
      sheet: 'Par thématique',
      title: 'Accompagnements par thématique',
      columns: [text('Thématique'), text('Famille'), integer('Activités'), integer('Accompagnements')],
      rows: figures.byTheme.map((count) => {
        const theme = themeClass(count.label);
        const family =
          count.label === ''
            ? null
            : theme.detail
              ? `${THEME_FAMILY_LABELS.procedures} (détail de la démarche)`
              : THEME_FAMILY_LABELS[theme.family];
        return [named(count.label), family, count.activities, count.accompaniments];
      }),
    },
    counts(
      'ages',
      'Par tranche d’âge',
      'Accompagnements par tranche d’âge',
      'Tranche d’âge',
      figures.byAge,
      false,
    ),
    counts('statuts', 'Par statut', 'Accompagnements par statut', 'Statut', figures.byStatus, false),
    counts('genres', 'Par genre', 'Accompagnements par genre', 'Genre', figures.byGenre, false),
    {
      id: 'sources',
      sheet: 'Sources',
      title: 'Sources',
      columns: [
        text('Structure'),
        text('Lieu'),
        text('Source'),
        text('Fichier'),
        { header: 'Du', type: 'date' },
        { header: 'Au', type: 'date' },
        { header: 'Importé le', type: 'date' },
        integer('Activités du fichier'),
        integer('Accompagnements du fichier'),
      ],
      rows: figures.sources.map((source) => [
        source.actorName,
        source.placeName,
        SOURCE_KIND[source.kind],
        source.fileName,
        source.periodStart,
        source.periodEnd,
        source.importedAt.slice(0, 10),
        source.activityCount,
        source.accompanimentCount,
      ]),
      printed: [0, 2, 4, 5, 7, 8],
    },
  ];
}
