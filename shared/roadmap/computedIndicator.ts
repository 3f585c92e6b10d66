import { countLabel, formatDate, formatInteger } from '../format/french';

/**
 * A fiche action's indicator computed from the médiateurs' activity (the « Activité » imports) instead of typed:
 * what is counted, on which La Coop thèmes; the communes (of residence) and the period are the action's own.
 */

/** Accompaniments: people helped, one per person per session (La Coop's « accompagnements »); activities: sessions. */
export const INDICATOR_MEASURES = {
  accompaniments: 'accompagnements (personnes accompagnées)',
  activities: 'activités (séances individuelles et ateliers)',
} as const;
export type IndicatorMeasure = keyof typeof INDICATOR_MEASURES;
export const INDICATOR_MEASURE_CODES = Object.keys(INDICATOR_MEASURES) as [
  IndicatorMeasure,
  ...IndicatorMeasure[],
];

/** One import the value was computed from. */
export interface ComputedSourceDto {
  actorName: string;
  periodStart: string;
  periodEnd: string;
}

export interface ComputedIndicatorDto {
  measure: IndicatorMeasure;
  /** La Coop thèmes counted (empty: every theme). */
  themes: string[];
  /** ISO date of the computation: the day read for a draft, the adoption day in an adopted version. */
  computedOn: string;
  /** The period counted (the action's, its end capped at the computation day); null when it has no start. */
  from: string | null;
  to: string | null;
  sources: ComputedSourceDto[];
  /** Why the value is unknown (null when it is known). */
  unknownReason: string | null;
  /**
   * What the imports counted over the period without the theme or the commune of residence the indicator asks
   * for: not in the value, which is then a floor (absent when there is none).
   */
  uncounted?: number;
}

const shortPeriod = (from: string, to: string) => `du ${formatDate(from)} au ${formatDate(to)}`;

/**
 * « calculé le 5 décembre 2026 à partir de 3 imports : Centre social (du 1er janvier 2026 au 31 mars 2026), … »,
 * or why the value is unknown.
 */
export function computedSourceText(computed: ComputedIndicatorDto): string {
  const what = `${INDICATOR_MEASURES[computed.measure].split(' (')[0]}${
    computed.themes.length > 0
      ? ` sur ${computed.themes.map((theme) => `«\u00a0${theme}\u00a0»`).join(', ')}`
      : ''
  }${computed.from && computed.to ? `, ${shortPeriod(computed.from, computed.to)}` : ''}`;
  if (computed.unknownReason !== null)
    return `inconnu le ${formatDate(computed.computedOn)}\u00a0: ${computed.unknownReason}\u00a0; ${what}`;
  const sources = computed.sources
    .map((source) => `${source.actorName} (${shortPeriod(source.periodStart, source.periodEnd)})`)
    .join(', ');
  const several =
    computed.themes.length > 1
      ? '\u00a0; une personne accompagnée sur plusieurs de ces thèmes compte une fois par thème'
      : '';
  const unit = computed.measure === 'activities' ? 'activité' : 'accompagnement';
  const counted = computed.measure === 'activities' ? 'comptée' : 'compté';
  const without = computed.themes.length > 0 ? 'sans thème connu' : 'sans commune de résidence connue';
  const uncounted = computed.uncounted
    ? `\u00a0; ${countLabel(computed.uncounted, `${unit} ${without}`, `${unit}s ${without}`)} ${computed.uncounted > 1 ? `ne sont pas ${counted}s` : `n’est pas ${counted}`}`
    : '';
  return `calculé le ${formatDate(computed.computedOn)} à partir de ${countLabel(computed.sources.length, 'import')}\u00a0: ${sources}\u00a0; ${what}${several}${uncounted}`;
}

/** The value as shown: « 1 234 », or « inconnu ». */
export function computedValueText(value: number | null): string {
  return value === null ? 'inconnu' : formatInteger(value);
}
