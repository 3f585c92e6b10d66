/** @jsxRuntime automatic */
import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { PieChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import { SvgLegend } from './SvgLegend';
import { palette, seriesColour } from './palette';

/** A slice smaller than this share gets no percentage written on it (the legend still gives it). */
const SMALL_SLICE = 0.06;

interface SliceLabelProps {
  cx?: number;
  cy?: number;
  midAngle?: number;
  innerRadius?: number;
  outerRadius?: number;
  percent?: number;
}

function SliceLabel({
  cx = 0,
  cy = 0,
  midAngle = 0,
  innerRadius = 0,
  outerRadius = 0,
  percent = 0,
}: SliceLabelProps) {
  if (percent < SMALL_SLICE) return null;
  const radius = innerRadius + (outerRadius - innerRadius) * 0.6;
  const angle = (-midAngle * Math.PI) / 180;
  return (
    <text
      x={cx + radius * Math.cos(angle)}
      y={cy + radius * Math.sin(angle)}
      textAnchor="middle"
      dy="0.35em"
      fontSize={CHART_FONT_SIZE}
      fontWeight="bold"
      fill={palette.background}
    >
      {formatChartValue(Math.round(percent * 1000) / 10, 'percent')}
    </text>
  );
}

/** Parts of a whole: the pie on the left, each part with its value and share on the right. */
export function PieParts({ spec, width, height }: { spec: PieChartSpec; width: number; height: number }) {
  const total = spec.slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0);
  const radius = Math.max(40, Math.min(height / 2 - 16, width * 0.22));
  const cx = radius + 16;
  const legendX = cx + radius + 28;
  const entries = spec.slices.map((slice, index) => ({
    label: `${slice.label}\u00a0: ${formatChartValue(slice.value, spec.format)} (${formatChartValue(
      total === 0 ? 0 : Math.round((slice.value / total) * 1000) / 10,
      'percent',
    )})`,
    colour: seriesColour(index),
  }));
  const legendHeight = entries.length * (CHART_FONT_SIZE + 10);
  return (
    <PieChart
      width={width}
      height={height}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      title={spec.title}
      desc={spec.subtitle}
    >
      <Pie
        data={spec.slices.map((slice) => ({ label: slice.label, value: Math.max(0, slice.value) }))}
        dataKey="value"
        nameKey="label"
        cx={cx}
        cy={height / 2}
        outerRadius={radius}
        startAngle={90}
        endAngle={-270}
        stroke={palette.background}
        strokeWidth={2}
        isAnimationActive={false}
        label={<SliceLabel />}
        labelLine={false}
      >
        {spec.slices.map((_, index) => (
          <Cell key={index} fill={seriesColour(index)} />
        ))}
      </Pie>
      <Tooltip formatter={(value) => formatChartValue(Number(value), spec.format)} />
      <SvgLegend
        entries={entries}
        x={legendX}
        y={Math.max(8, height / 2 - legendHeight / 2)}
        width={Math.max(80, width - legendX - 8)}
        vertical
      />
    </PieChart>
  );
}
