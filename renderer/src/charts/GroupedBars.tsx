/** @jsxRuntime automatic */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupedBarChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue, MISSING_MARK, MISSING_VALUE } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import { groupedBarsFrame } from '../../../shared/charts/barLayout';
import { CategoryTick } from './CategoryTick';
import { SvgLegend } from './SvgLegend';
import { palette, seriesColour } from '../../../shared/charts/palette';

/** Several series side by side for each category (two snapshots compared), with the legend above the bars. */
export function GroupedBars({
  spec,
  width,
  height,
}: {
  spec: GroupedBarChartSpec;
  width: number;
  height: number;
}) {
  const rows = spec.categories.map((category, index) => {
    const row: Record<string, string | number | null> = { label: category };
    spec.series.forEach((series, s) => {
      const value = series.values[index] ?? null;
      row[`s${s}`] = value ?? 0;
      row[`t${s}`] = value === null ? MISSING_MARK : formatChartValue(value, spec.format);
    });
    return row;
  });
  const frame = groupedBarsFrame(spec, width);
  const legend = frame.legend!;
  const format = (value: unknown) => formatChartValue(typeof value === 'number' ? value : null, spec.format);
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={frame.margin}
      barCategoryGap={`${frame.categoryGapPercent}%`}
      barGap={frame.barGap}
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
      />
      <YAxis
        type="category"
        dataKey="label"
        width={frame.categoryWidth}
        interval={0}
        tickLine={false}
        stroke={palette.axis}
        tick={<CategoryTick maxWidth={frame.categoryWidth} />}
      />
      <Tooltip
        formatter={(_value, _name, entry) => {
          const shown = String(
            (entry.payload as Record<string, unknown>)[`t${String(entry.dataKey).slice(1)}`],
          );
          return shown === MISSING_MARK ? MISSING_VALUE : shown;
        }}
        cursor={{ fill: '#eef1f7' }}
      />
      {spec.series.map((series, s) => (
        <Bar
          key={s}
          dataKey={`s${s}`}
          name={series.label}
          fill={seriesColour(s)}
          isAnimationActive={false}
          minPointSize={1}
        >
          {rows.map((row, index) => (
            <Cell key={index} fill={row[`t${s}`] === MISSING_MARK ? 'none' : seriesColour(s)} />
          ))}
          <LabelList dataKey={`t${s}`} position="right" fontSize={frame.valueFontSize} fill={palette.ink} />
        </Bar>
      ))}
      <SvgLegend
        entries={spec.series.map((series, s) => ({ label: series.label, colour: seriesColour(s) }))}
        x={legend.x}
        y={legend.y}
        width={legend.width}
      />
    </BarChart>
  );
}
