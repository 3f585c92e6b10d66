import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { emptyChartLines } from '../../../../shared/charts/emptyChartLayout';
import { palette } from '../../../../shared/charts/palette';
import { element, textElement } from './svgElement';

/** A chart with nothing to draw still takes its place and says so, as on screen (`EmptyChart`). */
export function emptyChartSvg(spec: ChartSpec, width: number, height: number): string {
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
    ...emptyChartLines(spec, width, height).map((line) =>
      textElement(
        {
          x: line.x,
          y: line.y,
          'text-anchor': 'middle',
          'font-size': line.fontSize,
          ...(line.bold ? { 'font-weight': 'bold' } : {}),
          fill: palette.inkSoft,
        },
        line.text,
      ),
    ),
  ].join('');
}
