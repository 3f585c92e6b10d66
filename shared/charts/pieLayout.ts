import type { PieChartSpec } from './chartSpec';
import { CHART_FONT_SIZE, estimateTextWidth } from './chartLayout';
import { formatChartValue } from './chartValue';
import type { LegendEntry } from './legendLayout';
import { seriesColour } from './palette';

/** A slice smaller than this share gets no percentage written on it (the legend still gives it). */
const SMALL_SLICE = 0.06;

/** The pie on the left, each part with its value and share in a legend on the right. */
export interface PieLayout {
  cx: number;
  cy: number;
  radius: number;
  /** Slices as drawn: a negative value (which no part of a whole can be) is drawn as nothing. */
  values: number[];
  legend: { x: number; y: number; width: number; entries: LegendEntry[] };
}

export function pieLayout(spec: PieChartSpec, width: number, height: number): PieLayout {
  const total = spec.slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0);
  const entries = spec.slices.map((slice, index) => ({
    label: `${slice.label}\u00a0: ${formatChartValue(slice.value, spec.format)} (${formatChartValue(
      total === 0 ? 0 : Math.round((slice.value / total) * 1000) / 10,
      'percent',
    )})`,
    colour: seriesColour(index),
  }));
  // The pie gives way to the legend, so that its longest line is written whole (« Avec lieu ou permanence dans
  // la commune : 18 002 (67,3 %) »), down to a radius of 40.
  const longestEntry = Math.max(0, ...entries.map((entry) => estimateTextWidth(entry.label))) + 22;
  const roomForPie = (width - 16 - 28 - 8 - longestEntry) / 2;
  const radius = Math.max(40, Math.min(height / 2 - 16, width * 0.22, roomForPie));
  const cx = radius + 16;
  const legendX = cx + radius + 28;
  const legendHeight = entries.length * (CHART_FONT_SIZE + 10);
  return {
    cx,
    cy: height / 2,
    radius,
    values: spec.slices.map((slice) => Math.max(0, slice.value)),
    legend: {
      x: legendX,
      y: Math.max(8, height / 2 - legendHeight / 2),
      width: Math.max(80, width - legendX - 8),
      entries,
    },
  };
}

/** The share written on a slice, « 66,3 % », or null for a slice too thin to hold it. */
export function sliceShareLabel(share: number): string | null {
  if (share < SMALL_SLICE) return null;
  return formatChartValue(Math.round(share * 1000) / 10, 'percent');
}

/** Distance from the centre at which a slice's share is written, as a share of the radius. */
export const SLICE_LABEL_RADIUS = 0.6;
