import type { ScatterChartSpec } from '../../../../shared/charts/chartSpec';
import { CHART_FONT_SIZE } from '../../../../shared/charts/chartLayout';
import { formatChartValue } from '../../../../shared/charts/chartValue';
import { palette } from '../../../../shared/charts/palette';
import {
  niceTicks,
  placePointNames,
  rangeOf,
  SCATTER_MARGIN,
  scatterPlotBox,
} from '../../../../shared/charts/scatterLayout';
import { element, textElement } from './svgElement';

/**
 * Points on two axes for the documents, as the screen's `ScatterPlot` draws them: round ticks on both axes,
 * the names placed by `placePointNames`, highlighted points in vermillion drawn last so that none hides them.
 */

const DOT_RADIUS = 4.5;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** The y axis's name, turned a quarter: its distance from the left margin. */
const Y_NAME_OFFSET = 4;

export function scatterSvg(spec: ScatterChartSpec, width: number, height: number): string {
  const points = spec.points
    .map((point) => ({ ...point, highlight: point.highlight === true }))
    .sort((a, b) => Number(a.highlight) - Number(b.highlight));
  const ticks = {
    x: niceTicks(points.map((point) => point.x)),
    y: niceTicks(points.map((point) => point.y)),
  };
  const domains = { x: rangeOf(ticks.x), y: rangeOf(ticks.y) };
  const box = scatterPlotBox(width, height);
  const names = placePointNames(points, domains, box);
  const left = box.left;
  const right = box.left + box.width;
  const top = box.top;
  const bottom = box.top + box.height;
  const px = (x: number) => left + ((x - domains.x[0]) / (domains.x[1] - domains.x[0] || 1)) * box.width;
  const py = (y: number) => bottom - ((y - domains.y[0]) / (domains.y[1] - domains.y[0] || 1)) * box.height;
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string) =>
    element('line', { x1, y1, x2, y2, stroke, fill: 'none' });
  const tickText = { 'font-size': CHART_FONT_SIZE, fill: palette.inkSoft };

  const grid = [
    ...ticks.y.map((tick) => line(left, py(tick), right, py(tick), palette.grid)),
    ...ticks.x.map((tick) => line(px(tick), top, px(tick), bottom, palette.grid)),
  ];
  const pointNames = [...names].map(([index, name]) =>
    textElement(
      {
        x: name.x,
        y: name.y,
        'text-anchor': name.side === 'right' ? 'start' : 'end',
        'font-size': CHART_FONT_SIZE - 1,
        fill: points[index]!.highlight ? palette.ink : palette.inkSoft,
        'font-weight': points[index]!.highlight ? 'bold' : null,
      },
      name.text,
    ),
  );
  const axes = [
    line(left, bottom, right, bottom, palette.axis),
    ...ticks.x.map((tick) => line(px(tick), bottom + TICK_SIZE, px(tick), bottom, palette.axis)),
    line(left, top, left, bottom, palette.axis),
    ...ticks.y.map((tick) => line(left - TICK_SIZE, py(tick), left, py(tick), palette.axis)),
  ];
  const dots = points.map((point) =>
    element('circle', {
      cx: px(point.x),
      cy: py(point.y),
      r: DOT_RADIUS,
      fill: point.highlight ? palette.highlight : palette.base,
      stroke: palette.background,
      'stroke-width': 1,
    }),
  );
  const yName = { x: SCATTER_MARGIN.left + Y_NAME_OFFSET, y: top + box.height / 2 };
  const labels = [
    ...ticks.x.map((tick) =>
      textElement(
        {
          x: px(tick),
          y: bottom + TICK_SIZE + TICK_MARGIN,
          dy: '0.71em',
          'text-anchor': 'middle',
          ...tickText,
        },
        formatChartValue(tick, spec.xFormat),
      ),
    ),
    textElement(
      { x: left + box.width / 2, y: height - SCATTER_MARGIN.bottom, 'text-anchor': 'middle', ...tickText },
      spec.xLabel,
    ),
    ...ticks.y.map((tick) =>
      textElement(
        { x: left - TICK_SIZE - TICK_MARGIN, y: py(tick), dy: '0.355em', 'text-anchor': 'end', ...tickText },
        formatChartValue(tick, spec.yFormat),
      ),
    ),
    textElement(
      {
        transform: `rotate(-90, ${yName.x}, ${yName.y})`,
        x: yName.x,
        y: yName.y,
        dy: '0.355em',
        'text-anchor': 'middle',
        ...tickText,
      },
      spec.yLabel,
    ),
  ];
  return [
    element('g', {}, ...grid),
    element('g', {}, ...pointNames),
    element('g', {}, ...axes),
    element('g', {}, ...dots),
    element('g', {}, ...labels),
  ].join('');
}
