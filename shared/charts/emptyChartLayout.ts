import type { ChartSpec, UnknownChartData } from './chartSpec';
import { CHART_FONT_SIZE, fitText } from './chartLayout';

/**
 * What a chart with nothing to draw says, line by line, at the same places on screen (`EmptyChart`) and in the
 * engine's SVG (`emptyChartSvg`): « Aucune donnée » when there is nothing to show (or what `spec.none` says
 * when none is concerned: « Aucune commune concernée »), « Non renseigné », why and what to do when the numbers
 * are not known (`spec.unknown`): a chart of zeros would claim facts.
 */
export interface EmptyChartLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  bold: boolean;
}

export const NOT_KNOWN_HEADLINE = 'Non renseigné';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The unknown chart's lines: headline, reason, remedy. */
function unknownTexts(unknown: UnknownChartData): string[] {
  return [NOT_KNOWN_HEADLINE, capitalized(unknown.reason), unknown.remedy];
}

export function emptyChartLines(spec: ChartSpec, width: number, height: number): EmptyChartLine[] {
  const x = width / 2;
  const room = Math.max(0, width - 24);
  if (!spec.unknown)
    return [
      {
        text: spec.none?.headline ?? 'Aucune donnée',
        x,
        y: height / 2 - 8,
        fontSize: CHART_FONT_SIZE + 2,
        bold: true,
      },
      {
        text: fitText(spec.none?.detail ?? 'Rien à représenter pour l’instant.', room),
        x,
        y: height / 2 + 14,
        fontSize: CHART_FONT_SIZE,
        bold: false,
      },
    ];
  const [headline, reason, remedy] = unknownTexts(spec.unknown);
  return [
    { text: headline!, x, y: height / 2 - 18, fontSize: CHART_FONT_SIZE + 2, bold: true },
    { text: fitText(reason!, room), x, y: height / 2 + 4, fontSize: CHART_FONT_SIZE, bold: false },
    { text: fitText(remedy!, room), x, y: height / 2 + 24, fontSize: CHART_FONT_SIZE, bold: false },
  ];
}
