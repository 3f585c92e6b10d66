import { formatDecimal, formatInteger } from '../format/french';
import type { ValueFormat } from './chartSpec';

/** Written in place of a missing value (secret « s », « nd », empty cell): never a zero. */
export const MISSING_VALUE = 'non disponible';

/** The same, short, where a chart writes it beside a bar. */
export const MISSING_MARK = 'n.d.';

/**
 * A chart value written the French way: « 12 345 », « 12,5 », « 42 % », « 3,4 km ».
 * Percentages are given in percent (42 means 42 %), as the indicator files write them.
 */
export function formatChartValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  switch (format) {
    case 'integer':
      return formatInteger(value);
    case 'decimal':
      return formatDecimal(value);
    case 'percent':
      return `${formatDecimal(value)}\u00a0%`;
    case 'km':
      return `${formatDecimal(value)}\u00a0km`;
  }
}
