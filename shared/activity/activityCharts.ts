import type {
  BarChartSpec,
  ChartSource,
  ChartSpec,
  GroupedBarChartSpec,
  PieChartSpec,
} from '../charts/chartSpec';
import { MONTH_NAMES, formatDate, formatInteger } from '../format/french';
import { POPULATION_SOURCE } from '../diagnostic/diagnosticDto';
import type { ActivityCount, ActivityImportListItemDto, ActivityOverviewDto } from './activityDto';
import { residenceLabel, residenceWhere } from './residenceWhere';

/**
 * The « Activité » screen's charts as data (the same descriptions a Word « Rapport d'activité » will draw):
 * accompaniments per month, per structure, per commune of residence, per theme, per age band, per status,
 * individual vs collective. Each says where its numbers come from and over which period.
 */

export const ACTIVITY_CHART_IDS = {
  months: 'activite-par-mois',
  kinds: 'activite-individuel-collectif',
  actors: 'activite-par-structure',
  communes: 'activite-par-commune',
  communeRates: 'activite-pour-1000-habitants',
  themes: 'activite-par-thematique',
  ages: 'activite-par-tranche-age',
  statuses: 'activite-par-statut',
  genres: 'activite-par-genre',
} as const;

/** Ranked charts keep their first bars; « Voir les chiffres » lists them all. */
export const MAX_ACTIVITY_BARS = 25;

export const UNKNOWN_CATEGORY = 'Non communiqué';

/**
 * The charts count people: a workshop's participants, not the workshop (the figures' « Ateliers collectifs »
 * counts workshops, so the same words must not name both).
 */
const KIND_LABELS: Record<string, string> = {
  individual: 'Accompagnements individuels',
  collective: 'Participants aux ateliers collectifs',
  unknown: 'Type non précisé',
};

const SOURCE_KIND: Record<ActivityImportListItemDto['kind'], string> = {
  coop: 'export La Coop de la médiation numérique',
  table: 'tableau d’activité',
};

/** « mars 2026 » from « 2026-03 ». */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[index - 1]} ${year}`;
}

/** One line per import (« Médiathèque … — export La Coop…, du 1er janvier 2026 au 31 mars 2026 »), or one summary. */
export function activitySources(sources: ActivityImportListItemDto[]): ChartSource[] {
  if (sources.length === 0) return [];
  const period = (start: string, end: string) => `du ${formatDate(start)} au ${formatDate(end)}`;
  if (sources.length <= 3)
    return sources.map((source) => ({
      label: `${source.actorName}${source.placeName ? ` (${source.placeName})` : ''} — ${SOURCE_KIND[source.kind]}, ${period(source.periodStart, source.periodEnd)}`,
      year: null,
    }));
  const actors = new Set(sources.map((source) => source.actorName)).size;
  const start = sources.reduce(
    (min, s) => (s.periodStart < min ? s.periodStart : min),
    sources[0]!.periodStart,
  );
  const end = sources.reduce((max, s) => (s.periodEnd > max ? s.periodEnd : max), sources[0]!.periodEnd);
  return [
    {
      label: `exports d’activité de ${formatInteger(actors)} structures (${formatInteger(sources.length)} fichiers), ${period(start, end)}`,
      year: null,
    },
  ];
}

const named = (label: string) => (label === '' ? UNKNOWN_CATEGORY : label);

function ranked(
  id: string,
  title: string,
  counts: ActivityCount[],
  sources: ChartSource[],
  itemLabel: string,
  subtitle?: string,
): BarChartSpec {
  const shown = counts.slice(0, MAX_ACTIVITY_BARS);
  const cut = shown.length < counts.length ? ` Les ${shown.length} premiers sur ${counts.length}.` : '';
  return {
    kind: 'bar',
    id,
    title,
    ...(subtitle || cut ? { subtitle: `${subtitle ?? ''}${cut}`.trim() } : {}),
    sources,
    itemLabel,
    valueLabel: 'Accompagnements',
    format: 'integer',
    items: shown.map((count) => ({ label: named(count.label), value: count.accompaniments })),
  };
}

const KIND_ORDER = ['individual', 'collective', 'unknown'];

export function activityCharts(overview: ActivityOverviewDto): ChartSpec[] {
  const sources = activitySources(overview.sources);
  const typeNeverSaid =
    overview.byMonth.some((entry) => entry.unknown > 0) &&
    overview.byMonth.every((entry) => entry.individual === 0 && entry.collective === 0);
  const months: GroupedBarChartSpec = {
    kind: 'groupedBar',
    id: ACTIVITY_CHART_IDS.months,
    title: 'Accompagnements par mois',
    subtitle: 'Personnes accompagnées chaque mois\u00a0: en individuel et en atelier collectif.',
    sources,
    itemLabel: 'Mois',
    format: 'integer',
    categories: overview.byMonth.map((entry) => monthLabel(entry.month)),
    // No file said the type of any activity (a table of monthly counts): no bars of « 0 » for either type.
    series: [
      ...(typeNeverSaid
        ? []
        : [
            { label: KIND_LABELS.individual!, values: overview.byMonth.map((entry) => entry.individual) },
            { label: KIND_LABELS.collective!, values: overview.byMonth.map((entry) => entry.collective) },
          ]),
      ...(overview.byMonth.some((entry) => entry.unknown > 0)
        ? [{ label: KIND_LABELS.unknown!, values: overview.byMonth.map((entry) => entry.unknown) }]
        : []),
    ],
  };
  const kinds: PieChartSpec = {
    kind: 'pie',
    id: ACTIVITY_CHART_IDS.kinds,
    title: 'Individuel ou collectif',
    subtitle: 'Personnes accompagnées, selon le type d’activité.',
    sources,
    itemLabel: 'Type',
    valueLabel: 'Accompagnements',
    format: 'integer',
    // In the months' order of series (individual, collective, unknown), so each type keeps its colour.
    slices: [...overview.byKind]
      .sort((a, b) => KIND_ORDER.indexOf(a.label) - KIND_ORDER.indexOf(b.label))
      .map((count) => ({
        label: KIND_LABELS[count.label] ?? count.label,
        value: count.accompaniments,
      })),
  };
  return [
    months,
    kinds,
    ranked(
      ACTIVITY_CHART_IDS.actors,
      'Accompagnements par structure',
      overview.byActor,
      sources,
      'Structure',
    ),
    ranked(
      ACTIVITY_CHART_IDS.communes,
      'Accompagnements par commune de résidence',
      overview.byCommune.map((count) => ({
        ...count,
        label: residenceLabel(count.label, residenceWhere(count)),
      })),
      sources,
      'Commune',
      'Où habitent les personnes accompagnées.',
    ),
    communeRates(overview, sources),
    ranked(
      ACTIVITY_CHART_IDS.themes,
      'Accompagnements par thématique',
      overview.byTheme,
      sources,
      'Thématique',
      'Une activité peut porter sur plusieurs thématiques\u00a0: leur somme dépasse le total.',
    ),
    ranked(
      ACTIVITY_CHART_IDS.ages,
      'Accompagnements par tranche d’âge',
      overview.byAge,
      sources,
      'Tranche d’âge',
    ),
    ranked(ACTIVITY_CHART_IDS.statuses, 'Accompagnements par statut', overview.byStatus, sources, 'Statut'),
    ranked(ACTIVITY_CHART_IDS.genres, 'Accompagnements par genre', overview.byGenre, sources, 'Genre'),
  ];
}

/** The territory's communes by accompaniments per 1,000 inhabitants (INSEE population), highest first. */
function communeRates(overview: ActivityOverviewDto, sources: ChartSource[]): BarChartSpec {
  const rates = overview.byCommune
    .filter((count) => count.inTerritory && count.population !== null)
    .map((count) => ({ label: count.label, value: (count.accompaniments * 1000) / count.population! }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'fr'));
  const shown = rates.slice(0, MAX_ACTIVITY_BARS);
  const cut = shown.length < rates.length ? ` Les ${shown.length} premières sur ${rates.length}.` : '';
  return {
    kind: 'bar',
    id: ACTIVITY_CHART_IDS.communeRates,
    title: 'Accompagnements pour 1 000 habitants',
    subtitle: `Communes du territoire où habitent des personnes accompagnées.${cut}`,
    sources: [...sources, POPULATION_SOURCE],
    itemLabel: 'Commune',
    valueLabel: 'Pour 1 000 habitants',
    format: 'decimal',
    items: shown,
  };
}
