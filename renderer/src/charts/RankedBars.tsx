/** @jsxRuntime automatic */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue, MISSING_MARK, MISSING_VALUE } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import { rankedBarsFrame } from '../../../shared/charts/barLayout';
import { CategoryTick } from './CategoryTick';
import { palette } from '../../../shared/charts/palette';

interface Row {
  label: string;
  /** Drawn length: a missing value is drawn as an empty bar, never as a zero written out. */
  value: number;
  /** Written at the end of the bar: the value, or « n.d. » when it is missing. */
  shown: string;
  missing: boolean;
  highlight: boolean;
}

/**
 * Horizontal bars in the spec's order, the value written at the end of each bar, highlighted items in vermillion.
 * The frame (margins, names' width, value axis) comes from `shared/charts/barLayout`, which the documents draw too.
 */
export function RankedBars({ spec, width, height }: { spec: BarChartSpec; width: number; height: number }) {
  const rows: Row[] = spec.items.map((item) => ({
    label: item.label,
    value: item.value ?? 0,
    shown: item.value === null ? MISSING_MARK : formatChartValue(item.value, spec.format),
    missing: item.value === null,
    highlight: item.highlight === true,
  }));
  const frame = rankedBarsFrame(spec, width);
  const strong = new Set(rows.filter((row) => row.highlight).map((row) => row.label));
  const format = (value: unknown) => formatChartValue(typeof value === 'number' ? value : null, spec.format);
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={frame.margin}
      barCategoryGap={`${frame.categoryGapPercent}%`}
      title={spec.title}
      desc={spec.subtitle}
    >
      <CartesianGrid horizontal={false} stroke={palette.grid} />
      <XAxis
        type="number"
        domain={frame.axis.domain}
        ticks={frame.axis.ticks}
        tickFormatter={format}
        tick={{ fontSize: CHART_FONT_SIZE, fill: palette.inkSoft }}
        stroke={palette.axis}
        height={frame.axisHeight}
        label={{
          value: spec.valueLabel,
          position: 'insideBottom',
          offset: 0,
          fontSize: CHART_FONT_SIZE,
          fill: palette.inkSoft,
        }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={frame.categoryWidth}
        interval={0}
        tickLine={false}
        stroke={palette.axis}
        tick={<CategoryTick maxWidth={frame.categoryWidth} strong={strong} />}
      />
      <Tooltip
        formatter={(_value, _name, entry) => [
          (entry.payload as Row).missing ? MISSING_VALUE : (entry.payload as Row).shown,
          spec.valueLabel,
        ]}
        cursor={{ fill: '#eef1f7' }}
      />
      {/* minPointSize: a bar of zero (or missing) length still gets its value written beside it. */}
      <Bar dataKey="value" isAnimationActive={false} name={spec.valueLabel} minPointSize={1}>
        {rows.map((row, index) => (
          <Cell key={index} fill={row.missing ? 'none' : row.highlight ? palette.highlight : palette.base} />
        ))}
        <LabelList dataKey="shown" position="right" fontSize={frame.valueFontSize} fill={palette.ink} />
      </Bar>
    </BarChart>
  );
}
