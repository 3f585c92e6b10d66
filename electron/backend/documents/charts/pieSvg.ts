import type { PieChartSpec } from '../../../../shared/charts/chartSpec';
import { CHART_FONT_SIZE } from '../../../../shared/charts/chartLayout';
import { palette, seriesColour } from '../../../../shared/charts/palette';
import { pieLayout, SLICE_LABEL_RADIUS, sliceShareLabel } from '../../../../shared/charts/pieLayout';
import { legendSvg } from './legendSvg';
import { element, num, textElement } from './svgElement';

/**
 * Parts of a whole for the documents, as the screen's `PieParts` draws them: slices clockwise from twelve
 * o'clock in the spec's order, the share written on each slice that can hold it, the legend beside the pie.
 */

const RADIAN = Math.PI / 180;

/** A point at `angle` degrees (counter-clockwise from three o'clock, as Recharts counts) from the centre. */
function polar(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  return { x: cx + Math.cos(-angle * RADIAN) * radius, y: cy + Math.sin(-angle * RADIAN) * radius };
}

/** A slice from `start` to `end` degrees; a whole pie stops just short of the full turn, as an arc must. */
function slicePath(cx: number, cy: number, radius: number, start: number, end: number): string {
  const sweep = Math.sign(end - start) * Math.min(Math.abs(end - start), 359.999);
  const from = polar(cx, cy, radius, start);
  const to = polar(cx, cy, radius, start + sweep);
  const large = Math.abs(sweep) > 180 ? 1 : 0;
  const clockwise = start > end ? 1 : 0;
  return `M ${num(from.x)},${num(from.y)} A ${num(radius)},${num(radius)},0,${large},${clockwise},${num(to.x)},${num(to.y)} L ${num(cx)},${num(cy)} Z`;
}

export function pieSvg(spec: PieChartSpec, width: number, height: number): string {
  const layout = pieLayout(spec, width, height);
  const { cx, cy, radius } = layout;
  const total = layout.values.reduce((sum, value) => sum + value, 0);
  const slices: string[] = [];
  const shares: string[] = [];
  let start = 90;
  layout.values.forEach((value, index) => {
    const share = total === 0 ? 0 : value / total;
    const end = start - share * 360;
    if (end !== start)
      slices.push(
        element('path', {
          d: slicePath(cx, cy, radius, start, end),
          fill: seriesColour(index),
          stroke: palette.background,
          'stroke-width': 2,
        }),
      );
    const label = sliceShareLabel(share);
    if (label !== null) {
      const at = polar(cx, cy, radius * SLICE_LABEL_RADIUS, (start + end) / 2);
      shares.push(
        textElement(
          {
            x: at.x,
            y: at.y,
            'text-anchor': 'middle',
            dy: '0.35em',
            'font-size': CHART_FONT_SIZE,
            'font-weight': 'bold',
            fill: palette.background,
          },
          label,
        ),
      );
    }
    start = end;
  });
  return [
    legendSvg(layout.legend.entries, layout.legend, true),
    element('g', {}, ...slices),
    element('g', {}, ...shares),
  ].join('');
}
