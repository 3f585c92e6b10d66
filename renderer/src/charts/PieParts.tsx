/** @jsxRuntime automatic */
import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { PieChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import { pieLayout, SLICE_LABEL_RADIUS, sliceShareLabel } from '../../../shared/charts/pieLayout';
import { SvgLegend } from './SvgLegend';
import { palette, seriesColour } from '../../../shared/charts/palette';

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
  const share = sliceShareLabel(percent);
  if (share === null) return null;
  const radius = innerRadius + (outerRadius - innerRadius) * SLICE_LABEL_RADIUS;
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
      {share}
    </text>
  );
}

/** Parts of a whole: the pie on the left, each part with its value and share on the right (`pieLayout`). */
export function PieParts({ spec, width, height }: { spec: PieChartSpec; width: number; height: number }) {
  const layout = pieLayout(spec, width, height);
  return (
    <PieChart
      width={width}
      height={height}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      title={spec.title}
      desc={spec.subtitle}
    >
      <Pie
        data={spec.slices.map((slice, index) => ({ label: slice.label, value: layout.values[index] }))}
        dataKey="value"
        nameKey="label"
        cx={layout.cx}
        cy={layout.cy}
        outerRadius={layout.radius}
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
        entries={layout.legend.entries}
        x={layout.legend.x}
        y={layout.legend.y}
        width={layout.legend.width}
        vertical
      />
    </PieChart>
  );
}
