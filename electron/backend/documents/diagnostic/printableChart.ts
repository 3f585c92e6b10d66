import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { CHART_IDS } from '../../../../shared/diagnostic/diagnosticCharts';
import { countLabel, formatInteger, quoted } from '../../../../shared/format/french';
import type { DiagnosticCommuneDto } from '../../../../shared/diagnostic/diagnosticDto';
import { NOT_KNOWN } from '../../../../shared/diagnostic/headlineFigures';

/**
 * A chart as the printed diagnostic shows it. A chart whose numbers are not known is a sentence that says so
 * (its drawing would tell the user what to do, which a document never does). A chart with nothing to show (every bar at zero or unknown, a
 * pie with one slice, no point) becomes one sentence, never a page of empty bars; the ranking of the communes by
 * places drops the long tail of communes at zero and names their count in a sentence under it.
 */
export interface PrintableChart {
  /** What to draw, or null when a sentence says it all. */
  spec: ChartSpec | null;
  /** The sentence in place of the chart, or under the trimmed chart; null when the chart says it all. */
  note: string | null;
}

/** Below this many communes at zero, the ranking keeps them (in bold, as on screen). */
const ZERO_TAIL_MIN = 5;

/** What replaces a chart with nothing to show, by chart. */
const NOTHING_TO_SHOW: Record<string, string> = {
  [CHART_IDS.placesPer10k]: 'Aucune commune du territoire n’a de lieu de médiation numérique fixe.',
  // What the places declare: a place may list no service at all (then the chart is unknown, not this sentence).
  [CHART_IDS.services]: 'Aucun lieu recensé ne déclare l’un des 9 services de médiation numérique.',
  [CHART_IDS.publics]: 'Aucun lieu recensé ne déclare accueillir un public en particulier.',
  [CHART_IDS.supports]:
    'Aucun lieu recensé ne déclare d’accompagnement spécifique (handicaps, illettrisme, langues étrangères).',
  [CHART_IDS.programmes]:
    'Aucun dispositif national (conseillers numériques, France Services, Aidants Connect) n’est présent dans les lieux recensés.',
  [CHART_IDS.freshness]:
    'Aucun lieu n’est recensé\u00a0: la fraîcheur de l’annuaire ne peut pas être mesurée.',
  [CHART_IDS.fragileAndFar]:
    'Aucun lieu du territoire n’offre ce service\u00a0: aucune distance ne peut être représentée.',
};

const nothing = (spec: ChartSpec): PrintableChart => ({
  spec: null,
  note: NOTHING_TO_SHOW[spec.id] ?? `${quoted(spec.title)}\u00a0: aucune valeur à représenter.`,
});

/** Of each commune of the diagnostic, what the ranking by places needs (its bars stop at `MAX_COMMUNE_BARS`). */
export type CommunePlaces = Pick<DiagnosticCommuneDto, 'placesPer10k'>;

/** A chart whose numbers are not known: one sentence that says so and why, never a drawing. */
const unknown = (spec: ChartSpec, reason: string): PrintableChart => ({
  spec: null,
  note: `${quoted(spec.title)}\u00a0: ${NOT_KNOWN} (${reason}).`,
});

/**
 * `communes`: every commune of the diagnostic the chart was drawn from. The ranking by places shows at most
 * `MAX_COMMUNE_BARS` bars: the communes at zero are counted on the whole territory, not on the bars.
 */
export function printableChart(spec: ChartSpec, communes?: readonly CommunePlaces[]): PrintableChart {
  if (spec.unknown) return unknown(spec, spec.unknown.reason);
  switch (spec.kind) {
    case 'bar': {
      const shown = spec.items.filter((item) => item.value !== null && item.value !== 0);
      if (shown.length === 0) return nothing(spec);
      const zeros = communes
        ? communes.filter((commune) => commune.placesPer10k === 0).length
        : spec.items.filter((item) => item.value === 0).length;
      if (spec.id === CHART_IDS.placesPer10k && zeros >= ZERO_TAIL_MIN) {
        const withPlace = communes
          ? communes.filter((commune) => (commune.placesPer10k ?? 0) > 0).length
          : shown.length;
        const cut =
          shown.length < withPlace
            ? ` Les ${formatInteger(shown.length)} premières sur ${formatInteger(withPlace)}.`
            : '';
        return {
          spec: {
            ...spec,
            subtitle: `Les communes qui ont au moins un lieu fixe, les mieux dotées d’abord.${cut}`,
            items: shown,
          },
          note: `${countLabel(zeros, 'autre commune n’a', 'autres communes n’ont')} aucun lieu fixe (détail par commune en annexe).`,
        };
      }
      return { spec, note: null };
    }
    case 'pie': {
      const total = spec.slices.reduce((sum, slice) => sum + slice.value, 0);
      const filled = spec.slices.filter((slice) => slice.value > 0);
      if (total === 0) return nothing(spec);
      if (filled.length === 1) {
        if (spec.id === CHART_IDS.populationWithoutPlace)
          return {
            spec: null,
            note:
              filled[0]!.label === 'Commune sans lieu ni permanence'
                ? `Toute la population du territoire (${formatInteger(total)}\u00a0habitants) vit dans une commune sans lieu ni permanence de médiation numérique.`
                : 'Chaque habitant du territoire vit dans une commune qui a un lieu ou une permanence de médiation numérique.',
          };
        if (spec.id === CHART_IDS.freshness)
          return {
            spec: null,
            note: `Fraîcheur de l’annuaire\u00a0: ${total > 1 ? `les ${formatInteger(total)} lieux recensés sont tous` : 'le seul lieu recensé est'} dans le cas ${quoted(filled[0]!.label)}.`,
          };
        return {
          spec: null,
          note: `${quoted(spec.title)}\u00a0: ${quoted(filled[0]!.label)} pour la totalité (${formatInteger(total)}).`,
        };
      }
      return { spec, note: null };
    }
    case 'scatter':
      return spec.points.length === 0 ? nothing(spec) : { spec, note: null };
    case 'groupedBar':
      return spec.series.every((series) => series.values.every((value) => value === null || value === 0))
        ? nothing(spec)
        : { spec, note: null };
  }
}
