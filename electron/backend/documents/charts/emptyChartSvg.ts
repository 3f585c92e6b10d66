import { CHART_FONT_SIZE } from '../../../../shared/charts/chartLayout';
import { palette } from '../../../../shared/charts/palette';
import { element, textElement } from './svgElement';

/** A chart with nothing to draw still takes its place and says so, as on screen (`EmptyChart`). */
export function emptyChartSvg(width: number, height: number): string {
  return [
    element('rect', {
      x: 1,
      y: 1,
      width: Math.max(0, width - 2),
      height: Math.max(0, height - 2),
      rx: 6,
      fill: palette.background,
      stroke: palette.grid,
      'stroke-dasharray': '4 4',
    }),
    textElement(
      {
        x: width / 2,
        y: height / 2 - 8,
        'text-anchor': 'middle',
        'font-size': CHART_FONT_SIZE + 2,
        'font-weight': 'bold',
        fill: palette.inkSoft,
      },
      'Aucune donnée',
    ),
    textElement(
      {
        x: width / 2,
        y: height / 2 + 14,
        'text-anchor': 'middle',
        'font-size': CHART_FONT_SIZE,
        fill: palette.inkSoft,
      },
      'Rien à représenter pour l’instant.',
    ),
  ].join('');
}
