import type { ChartSpec, ChartTable } from './chartSpec';
import { formatChartValue } from './chartValue';

export { formatChartValue } from './chartValue';

/** Share of a whole, « 42,5 % »; « — » when the whole is zero. */
function shareOf(value: number, total: number): string {
  if (total === 0) return '—';
  return formatChartValue((value / total) * 100, 'percent');
}

/**
 * The numbers of any chart as a table of French-formatted strings: the « Voir les chiffres » view on screen,
 * and the table a Word document can put next to the chart. Rows follow the chart's own order.
 */
export function tableOf(spec: ChartSpec): ChartTable {
  switch (spec.kind) {
    case 'bar':
      return {
        columns: [spec.itemLabel ?? 'Libellé', spec.valueLabel],
        rows: spec.items.map((item) => [item.label, formatChartValue(item.value, spec.format)]),
      };
    case 'scatter':
      return {
        columns: [spec.itemLabel ?? 'Libellé', spec.xLabel, spec.yLabel],
        rows: spec.points.map((point) => [
          point.label,
          formatChartValue(point.x, spec.xFormat),
          formatChartValue(point.y, spec.yFormat),
        ]),
      };
    case 'pie': {
      const total = spec.slices.reduce((sum, slice) => sum + slice.value, 0);
      return {
        columns: [spec.itemLabel ?? 'Part', spec.valueLabel ?? 'Valeur', 'Proportion'],
        rows: spec.slices.map((slice) => [
          slice.label,
          formatChartValue(slice.value, spec.format),
          shareOf(slice.value, total),
        ]),
      };
    }
    case 'groupedBar':
      return {
        columns: [spec.itemLabel ?? 'Catégorie', ...spec.series.map((series) => series.label)],
        rows: spec.categories.map((category, index) => [
          category,
          ...spec.series.map((series) => formatChartValue(series.values[index] ?? null, spec.format)),
        ]),
      };
  }
}

/** True when the chart has nothing to draw (no item, point, slice or category), or its numbers are unknown. */
export function isEmptyChart(spec: ChartSpec): boolean {
  if (spec.unknown) return true;
  switch (spec.kind) {
    case 'bar':
      return spec.items.length === 0;
    case 'scatter':
      return spec.points.length === 0;
    case 'pie':
      return spec.slices.every((slice) => !(slice.value > 0));
    case 'groupedBar':
      return spec.categories.length === 0 || spec.series.length === 0;
  }
}

/** « Source : INSEE, population municipale (2022) » for each source of a chart. */
export function sourceLines(spec: ChartSpec): string[] {
  return spec.sources.map(
    (source) => `Source\u00a0: ${source.label}${source.year === null ? '' : ` (${source.year})`}`,
  );
}
