/** @jsxRuntime automatic */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupedBarChartSpec } from '../../../shared/charts/chartSpec';
import { formatChartValue, MISSING_MARK, MISSING_VALUE } from '../../../shared/charts/chartValue';
import { CHART_FONT_SIZE, categoryAxisWidth, valueLabelRoom } from '../../../shared/charts/chartLayout';
import { CategoryTick } from './CategoryTick';
import { legendRows, SvgLegend } from './SvgLegend';
import { palette, seriesColour } from './palette';

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
  const values = spec.series.flatMap((series) => series.values);
  const axisWidth = categoryAxisWidth(spec.categories, width);
  const legendTop = 4;
  const legendHeight =
    legendRows(
      spec.series.map((series) => series.label),
      width - 16,
    ) *
    (CHART_FONT_SIZE + 10);
  const min = Math.min(0, ...values.filter((value): value is number => value !== null));
  const format = (value: unknown) => formatChartValue(typeof value === 'number' ? value : null, spec.format);
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={{
        top: legendTop + legendHeight + 6,
        right: valueLabelRoom(values, spec.format),
        bottom: 8,
        left: 0,
      }}
      barCategoryGap="16%"
      barGap={2}
      title={spec.title}
      desc={spec.subtitle}
    >
      <CartesianGrid horizontal={false} stroke={palette.grid} />
      <XAxis
        type="number"
        domain={[min, 'auto']}
        allowDecimals={spec.format !== 'integer'}
        tickFormatter={format}
        tick={{ fontSize: CHART_FONT_SIZE, fill: palette.inkSoft }}
        stroke={palette.axis}
        height={28}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={axisWidth}
        interval={0}
        tickLine={false}
        stroke={palette.axis}
        tick={<CategoryTick maxWidth={axisWidth} />}
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
          <LabelList dataKey={`t${s}`} position="right" fontSize={CHART_FONT_SIZE - 1} fill={palette.ink} />
        </Bar>
      ))}
      <SvgLegend
        entries={spec.series.map((series, s) => ({ label: series.label, colour: seriesColour(s) }))}
        x={8}
        y={legendTop}
        width={width - 16}
      />
    </BarChart>
  );
}
