import type {
  CommuneIndicatorValueDto,
  DiagnosticIndicatorDto,
} from '../../../shared/diagnostic/diagnosticDto';
import { IFN_SCORE_UNIT } from '../../../shared/diagnostic/indicatorIfn';
import { fragilityScale } from '../../../shared/diagnostic/fragilityDirection';
import type { CommuneFragility } from '../../../shared/diagnostic/offerInputs';
import type { IndicatorCell, IndicatorColumn } from './diagnosticInputRepository';

/**
 * The imported indicators as the diagnostic reads them: one id per dataset and column, the fragility
 * indicator chosen (or the latest IFN total), its 1…10 scores, and each commune's values.
 */

export const indicatorIdOf = (datasetId: number, key: string) => `${datasetId}:${key}`;

/** The IFN total (or any indicator in « score sur 10 ») is a 1…10 score already. */
const isScoreColumn = (column: IndicatorColumn) =>
  (column.datasetKind === 'ifn' && column.key === 'total') || column.unit === IFN_SCORE_UNIT;

export function indicatorsOf(
  columns: readonly IndicatorColumn[],
  cells: readonly IndicatorCell[],
): DiagnosticIndicatorDto[] {
  const okCount = new Map<string, number>();
  for (const cell of cells)
    if (cell.status === 'ok') {
      const id = indicatorIdOf(cell.datasetId, cell.key);
      okCount.set(id, (okCount.get(id) ?? 0) + 1);
    }
  return columns.map((column) => {
    const id = indicatorIdOf(column.datasetId, column.key);
    return {
      id,
      key: column.key,
      label: column.label,
      unit: column.unit,
      datasetName: column.datasetName,
      source: { label: column.source, year: column.year },
      isScore: isScoreColumn(column),
      direction: column.direction,
      valueCount: okCount.get(id) ?? 0,
    };
  });
}

/** The chosen indicator, else the latest IFN total, else nothing (the offer part still works). */
export function fragilityIndicator(
  indicators: readonly DiagnosticIndicatorDto[],
  columns: readonly IndicatorColumn[],
  chosenId: string | null,
): DiagnosticIndicatorDto | null {
  const chosen = chosenId ? indicators.find((i) => i.id === chosenId) : undefined;
  if (chosen) return chosen;
  const ifnTotal = columns.find((c) => c.datasetKind === 'ifn' && c.key === 'total');
  return ifnTotal
    ? (indicators.find((i) => i.id === indicatorIdOf(ifnTotal.datasetId, ifnTotal.key)) ?? null)
    : null;
}

/**
 * Fragility on 1…10 per commune, in the indicator's direction. A score is read as is (turned round when a
 * lower score is the more fragile); any other indicator is rescaled min–max over the territory's communes
 * (the most fragile end reads 10, the other 1; every commune at 5.5 when all are equal).
 */
export function fragilityScores(
  indicator: DiagnosticIndicatorDto,
  cells: readonly IndicatorCell[],
): CommuneFragility[] {
  const own = cells.filter(
    (c) => indicatorIdOf(c.datasetId, c.key) === indicator.id && c.status === 'ok' && c.value !== null,
  );
  const scale = fragilityScale(
    own.map((c) => c.value!),
    indicator.isScore,
    indicator.direction,
  );
  return own.map((c) => ({ code: c.communeCode, score: scale(c.value!) }));
}

export function indicatorValuesByCommune(
  indicators: readonly DiagnosticIndicatorDto[],
  cells: readonly IndicatorCell[],
): Map<string, CommuneIndicatorValueDto[]> {
  const byCommune = new Map<string, Map<string, IndicatorCell>>();
  for (const cell of cells) {
    let own = byCommune.get(cell.communeCode);
    if (!own) byCommune.set(cell.communeCode, (own = new Map()));
    own.set(indicatorIdOf(cell.datasetId, cell.key), cell);
  }
  return new Map(
    [...byCommune].map(([code, own]) => [
      code,
      indicators.map((indicator) => {
        const cell = own.get(indicator.id);
        return cell
          ? { indicatorId: indicator.id, value: cell.value, status: cell.status }
          : { indicatorId: indicator.id, value: null, status: 'absent' as const };
      }),
    ]),
  );
}
