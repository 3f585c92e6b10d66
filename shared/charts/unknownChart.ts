import type { ChartSpec, UnknownChartData } from './chartSpec';

function withoutNumbers(spec: ChartSpec): ChartSpec {
  switch (spec.kind) {
    case 'bar':
      return { ...spec, items: [] };
    case 'scatter':
      return { ...spec, points: [] };
    case 'pie':
      return { ...spec, slices: [] };
    case 'groupedBar':
      return { ...spec, categories: [], series: [] };
  }
}

/**
 * The chart with its numbers taken out and marked unknown: its title and sources stay, its reading line goes
 * (it would describe values that are not there), and it draws « Non renseigné » with the reason.
 */
export function unknownChart<T extends ChartSpec>(spec: T, unknown: UnknownChartData): T {
  const result: ChartSpec = { ...withoutNumbers(spec), unknown };
  delete result.subtitle;
  return result as T;
}
