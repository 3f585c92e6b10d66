/** @jsxRuntime automatic */
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ScatterChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import {
  rangeOf,
  niceTicks,
  placePointNames,
  SCATTER_MARGIN,
  SCATTER_X_AXIS_HEIGHT,
  SCATTER_Y_AXIS_WIDTH,
  scatterPlotBox,
} from '../../../shared/charts/scatterLayout';
import { palette } from '../../../shared/charts/palette';

interface Point {
  label: string;
  x: number;
  y: number;
  highlight: boolean;
}

/** Radius of a point, in pixels. */
const DOT_RADIUS = 4.5;

/** A point as a plain circle: lighter than Recharts' default symbol path when a chart has hundreds of them. */
function dot(fill: string) {
  return function Dot({ cx, cy }: { cx?: number; cy?: number }) {
    if (cx === undefined || cy === undefined) return null;
    return <circle cx={cx} cy={cy} r={DOT_RADIUS} fill={fill} stroke={palette.background} strokeWidth={1} />;
  };
}

const BaseDot = dot(palette.base);
const HighlightDot = dot(palette.highlight);

/** Points on two axes, some named; highlighted points are vermillion and drawn last, so that none hides them. */
export function ScatterPlot({
  spec,
  width,
  height,
}: {
  spec: ScatterChartSpec;
  width: number;
  height: number;
}) {
  const points: Point[] = spec.points
    .map((point) => ({ ...point, highlight: point.highlight === true }))
    .sort((a, b) => Number(a.highlight) - Number(b.highlight));
  const ticks = {
    x: niceTicks(points.map((point) => point.x)),
    y: niceTicks(points.map((point) => point.y)),
  };
  const domains = { x: rangeOf(ticks.x), y: rangeOf(ticks.y) };
  const names = placePointNames(points, domains, scatterPlotBox(width, height));
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={SCATTER_MARGIN}
      title={spec.title}
      desc={spec.subtitle}
    >
      <CartesianGrid stroke={palette.grid} />
      <XAxis
        type="number"
        dataKey="x"
        name={spec.xLabel}
        domain={domains.x}
        ticks={ticks.x}
        allowDecimals={spec.xFormat !== 'integer'}
        tickFormatter={(value: number) => formatChartValue(value, spec.xFormat)}
        tick={{ fontSize: CHART_FONT_SIZE, fill: palette.inkSoft }}
        stroke={palette.axis}
        height={SCATTER_X_AXIS_HEIGHT}
        label={{
          value: spec.xLabel,
          position: 'insideBottom',
          offset: 0,
          fontSize: CHART_FONT_SIZE,
          fill: palette.inkSoft,
        }}
      />
      <YAxis
        type="number"
        dataKey="y"
        name={spec.yLabel}
        domain={domains.y}
        ticks={ticks.y}
        allowDecimals={spec.yFormat !== 'integer'}
        tickFormatter={(value: number) => formatChartValue(value, spec.yFormat)}
        tick={{ fontSize: CHART_FONT_SIZE, fill: palette.inkSoft }}
        stroke={palette.axis}
        width={SCATTER_Y_AXIS_WIDTH}
        label={{
          value: spec.yLabel,
          angle: -90,
          position: 'insideLeft',
          offset: 4,
          fontSize: CHART_FONT_SIZE,
          fill: palette.inkSoft,
          style: { textAnchor: 'middle' },
        }}
      />
      <ZAxis range={[60, 60]} />
      <Tooltip
        cursor={{ strokeDasharray: '3 3' }}
        formatter={(value, name) =>
          name === spec.xLabel
            ? formatChartValue(Number(value), spec.xFormat)
            : formatChartValue(Number(value), spec.yFormat)
        }
        labelFormatter={(_label, payload) => {
          const point = payload?.[0]?.payload as Point | undefined;
          return point?.label ?? '';
        }}
      />
      {/* Two series rather than one colour per point: hundreds of communes draw fast, highlighted ones on top. */}
      <Scatter data={points.filter((point) => !point.highlight)} isAnimationActive={false} shape={BaseDot} />
      <Scatter
        data={points.filter((point) => point.highlight)}
        isAnimationActive={false}
        shape={HighlightDot}
      />
      <g className="chart-point-names">
        {[...names].map(([index, name]) => (
          <text
            key={index}
            x={name.x}
            y={name.y}
            textAnchor={name.side === 'right' ? 'start' : 'end'}
            fontSize={CHART_FONT_SIZE - 1}
            fill={points[index]!.highlight ? palette.ink : palette.inkSoft}
            fontWeight={points[index]!.highlight ? 'bold' : undefined}
          >
            {name.text}
          </text>
        ))}
      </g>
    </ScatterChart>
  );
}
