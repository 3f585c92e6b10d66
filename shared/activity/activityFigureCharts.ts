import type { BarChartSpec, ChartSpec } from '../charts/chartSpec';
import { ACTIVITY_CHART_IDS, MAX_ACTIVITY_BARS, activityCharts, activitySources } from './activityCharts';
import type { ActivityFiguresDto } from './activityFiguresDto';
import { residenceLabel, residenceWhere } from './residenceWhere';

/**
 * The « Activité » charts (`activityCharts.ts`) and those drawn from the derived figures: administrative
 * procedures or digital skills, which procedures, and the communes whose inhabitants are helped elsewhere.
 * The screen and the Word report draw this same list.
 */

export const ACTIVITY_FIGURE_CHART_IDS = {
  families: 'activite-demarches-competences',
  procedureDetails: 'activite-detail-demarches',
  elsewhere: 'activite-accompagnes-ailleurs',
} as const;

export function activityFigureCharts(figures: ActivityFiguresDto): ChartSpec[] {
  const sources = activitySources(figures.sources);
  const base = activityCharts(figures);
  const families: BarChartSpec = {
    kind: 'bar',
    id: ACTIVITY_FIGURE_CHART_IDS.families,
    title: 'Démarches administratives ou compétences numériques',
    subtitle:
      'Accompagnements sur l’aide aux démarches administratives, et sur les autres thématiques de La Coop (matériel, internet, e-mail, sécurité…). Une activité sur les deux compte dans chacune.',
    sources,
    itemLabel: 'Famille de thématiques',
    valueLabel: 'Accompagnements',
    format: 'integer',
    items: figures.themeFamilies.map((family) => ({ label: family.label, value: family.accompaniments })),
  };
  const details: BarChartSpec = {
    kind: 'bar',
    id: ACTIVITY_FIGURE_CHART_IDS.procedureDetails,
    title: 'Quelles démarches administratives',
    subtitle:
      'Le domaine de la démarche, quand le médiateur l’a noté (thématiques administratives de La Coop).',
    sources,
    itemLabel: 'Démarche',
    valueLabel: 'Accompagnements',
    format: 'integer',
    items: figures.procedureDetails
      .slice(0, MAX_ACTIVITY_BARS)
      .map((count) => ({ label: count.label, value: count.accompaniments })),
  };
  const shown = figures.helpedElsewhere.slice(0, MAX_ACTIVITY_BARS);
  const elsewhere: BarChartSpec = {
    kind: 'bar',
    id: ACTIVITY_FIGURE_CHART_IDS.elsewhere,
    title: 'Habitants accompagnés dans une autre commune',
    subtitle: `Les communes dont des habitants ont été accompagnés par une structure située dans une autre commune.${
      shown.length < figures.helpedElsewhere.length
        ? ` Les ${shown.length} premières sur ${figures.helpedElsewhere.length}.`
        : ''
    }`,
    sources,
    itemLabel: 'Commune de résidence',
    valueLabel: 'Accompagnements dans une autre commune',
    format: 'integer',
    items: shown.map((entry) => ({
      label: residenceLabel(entry.communeName, residenceWhere({ ...entry, label: entry.communeName })),
      value: entry.elsewhere,
    })),
  };
  // After the communes and their rate per 1,000 inhabitants; the families after the themes.
  const charts = [...base];
  const at = (id: string) => charts.findIndex((spec) => spec.id === id) + 1;
  charts.splice(at(ACTIVITY_CHART_IDS.communeRates), 0, elsewhere);
  charts.splice(at(ACTIVITY_CHART_IDS.themes), 0, families, details);
  return charts;
}

const EMPTY_NOTES: Record<string, string> = {
  [ACTIVITY_FIGURE_CHART_IDS.elsewhere]:
    'Aucun habitant n’a été accompagné hors de sa commune, parmi les structures dont la commune est connue (la commune de la structure dans l’annuaire, ou celle du lieu choisi à l’import).',
  [ACTIVITY_FIGURE_CHART_IDS.procedureDetails]:
    'Le domaine des démarches n’est pas noté\u00a0: dans La Coop, le médiateur le choisit sous «\u00a0Aide aux démarches administratives\u00a0» (logement, impôts, santé…).',
  [ACTIVITY_FIGURE_CHART_IDS.families]:
    'Les thématiques ne sont pas renseignées\u00a0: importez l’export La Coop, ou choisissez la colonne «\u00a0thématique\u00a0» dans l’assistant d’import d’un tableau.',
  [ACTIVITY_CHART_IDS.themes]:
    'Les thématiques ne sont pas renseignées\u00a0: importez l’export La Coop, ou choisissez la colonne «\u00a0thématique\u00a0» dans l’assistant d’import d’un tableau.',
  [ACTIVITY_CHART_IDS.communeRates]:
    'Aucune personne accompagnée dont la commune de résidence est connue n’habite le territoire\u00a0: demandez aux médiateurs de noter la commune de résidence dans La Coop.',
  [ACTIVITY_CHART_IDS.communes]:
    'La commune de résidence n’est pas renseignée\u00a0: demandez aux médiateurs de la noter dans La Coop, ou choisissez la colonne «\u00a0commune\u00a0» dans l’assistant.',
};

/** What to say instead of a chart with nothing to draw, and what to do about it; null when it has figures. */
export function activityChartEmptyNote(spec: ChartSpec): string | null {
  const empty =
    spec.kind === 'bar'
      ? spec.items.every((item) => !item.value)
      : spec.kind === 'groupedBar'
        ? spec.series.every((series) => series.values.every((value) => !value))
        : spec.kind === 'pie'
          ? spec.slices.every((slice) => slice.value === 0)
          : spec.points.length === 0;
  if (!empty) return null;
  return EMPTY_NOTES[spec.id] ?? `${spec.title}\u00a0: aucun chiffre sur cette période.`;
}
