import type { IndicatorColumnReportDto } from '../../../../shared/diagnostic/indicatorDto';
import type { FragilityDirection } from '../../../../shared/diagnostic/indicatorSchemas';

/** The direction the user chose for a column, else the one its name suggests. */
export function directionOf(
  column: Pick<IndicatorColumnReportDto, 'key' | 'suggestedDirection'>,
  chosen: Readonly<Record<string, FragilityDirection>>,
): FragilityDirection {
  return chosen[column.key] ?? column.suggestedDirection;
}

/** What the import sends: every column of the report with its direction, chosen or suggested. */
export function directionsToSend(
  columns: readonly Pick<IndicatorColumnReportDto, 'key' | 'suggestedDirection'>[],
  chosen: Readonly<Record<string, FragilityDirection>>,
): Record<string, FragilityDirection> {
  return Object.fromEntries(columns.map((column) => [column.key, directionOf(column, chosen)]));
}
