import type { BarChartSpec, GroupedBarChartSpec } from './chartSpec';
import { CHART_FONT_SIZE, categoryAxisWidth, valueLabelRoom } from './chartLayout';
import { legendRows } from './legendLayout';
import { valueAxis, type ValueAxis } from './valueAxis';

/**
 * The frame of a horizontal bar chart (ranked bars, grouped bars): margins, room for the names and the value
 * axis, gaps between bars. Given to Recharts on screen and drawn as is by the engine for the documents.
 */
export interface BarFrame {
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width of the category names, left of the bars (long names get up to about half the chart). */
  categoryWidth: number;
  /** Height of the value axis under the bars, with its name for ranked bars. */
  axisHeight: number;
  axis: ValueAxis;
  /** Room above and below the bars of a category, in percent of its band. */
  categoryGapPercent: number;
  /** Pixels between the bars of one category (grouped bars). */
  barGap: number;
  /** Where the legend of the series starts (grouped bars), and the width it may take. */
  legend: { x: number; y: number; width: number } | null;
  /** Text size of the values written at the end of the bars. */
  valueFontSize: number;
}

export function rankedBarsFrame(spec: BarChartSpec, width: number): BarFrame {
  const values = spec.items.map((item) => item.value);
  return {
    margin: { top: 8, right: valueLabelRoom(values, spec.format), bottom: 8, left: 0 },
    categoryWidth: categoryAxisWidth(
      spec.items.map((item) => item.label),
      width,
    ),
    axisHeight: 44,
    axis: valueAxis(values, spec.format, spec.scaleMax),
    categoryGapPercent: 18,
    barGap: 0,
    legend: null,
    valueFontSize: CHART_FONT_SIZE,
  };
}

const LEGEND_TOP = 4;

export function groupedBarsFrame(spec: GroupedBarChartSpec, width: number): BarFrame {
  const values = spec.series.flatMap((series) => series.values);
  const legendWidth = width - 16;
  const legendHeight =
    legendRows(
      spec.series.map((series) => series.label),
      legendWidth,
    ) *
    (CHART_FONT_SIZE + 10);
  return {
    margin: {
      top: LEGEND_TOP + legendHeight + 6,
      right: valueLabelRoom(values, spec.format),
      bottom: 8,
      left: 0,
    },
    categoryWidth: categoryAxisWidth(spec.categories, width),
    axisHeight: 28,
    // A series shorter than the categories has missing values at its end.
    axis: valueAxis(
      spec.series.flatMap((series) => spec.categories.map((_, index) => series.values[index] ?? null)),
      spec.format,
    ),
    categoryGapPercent: 16,
    barGap: 2,
    legend: { x: 8, y: LEGEND_TOP, width: legendWidth },
    valueFontSize: CHART_FONT_SIZE - 1,
  };
}
