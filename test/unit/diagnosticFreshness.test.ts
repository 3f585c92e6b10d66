import { describe, expect, it } from 'vitest';
import type { PieChartSpec } from '../../shared/charts/chartSpec';
import { FRESHNESS, FRESHNESS_CODES } from '../../shared/actors/freshness';
import { CHART_IDS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import { keyFigures } from '../../shared/diagnostic/diagnosticFigures';
import type { DiagnosticDto } from '../../shared/diagnostic/diagnosticDto';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

/**
 * One notion, one set of words: the four classes of freshness (less than 12 months, 12 to 18, more than 18,
 * never) each say which range they cover, and the Diagnostic's card and chart give the same count under the same
 * words. The reviewer's territory: 34 places, none checked within 12 months, 12 checked over 18 months ago, 22
 * never checked.
 */

function withFreshness(counts: Record<(typeof FRESHNESS_CODES)[number], number>): DiagnosticDto {
  const base = diagnosticFixture();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    ...base,
    offer: {
      ...base.offer,
      totals: { ...base.offer.totals, placeCount: total },
      freshness: FRESHNESS_CODES.map((freshness) => ({
        freshness,
        placeCount: counts[freshness],
        share: counts[freshness] / total,
      })),
    },
  };
}

const card = (dto: DiagnosticDto) => keyFigures(dto).find((figure) => figure.id === 'freshness')!;
const pie = (dto: DiagnosticDto) =>
  diagnosticCharts(dto).find((chart) => chart.id === CHART_IDS.freshness) as PieChartSpec;

describe('the freshness of the directory, in one set of words', () => {
  it('names the range of months each class covers', () => {
    expect(FRESHNESS.recent).toContain('moins de 12 mois');
    expect(FRESHNESS.over12).toContain('12 à 18 mois');
    expect(FRESHNESS.over18).toContain('plus de 18 mois');
    // « plus de 12 mois » would take in the records past 18 months, counted in the next class.
    for (const code of FRESHNESS_CODES) expect(FRESHNESS[code]).not.toContain('plus de 12 mois');
  });

  it('gives, on the card, each count under the words of the chart', () => {
    const dto = withFreshness({ recent: 0, over12: 0, over18: 12, never: 22 });
    const figure = card(dto);
    expect(figure.value).toBe('0\u00a0%');
    expect(figure.detail).toBe('12\u00a0fiches anciennes (plus de 18 mois), 22\u00a0fiches jamais vérifiées');
    // Nothing on the card reads « à vérifier » for the 12 records the chart calls old.
    expect(figure.detail).not.toContain('à vérifier');
    const slices = new Map(pie(dto).slices.map((slice) => [slice.label, slice.value]));
    expect(slices.get(FRESHNESS.over12)).toBe(0);
    expect(slices.get(FRESHNESS.over18)).toBe(12);
    expect(slices.get(FRESHNESS.never)).toBe(22);
  });

  it('says « à vérifier » only of the records checked 12 to 18 months ago, on the card as on the chart', () => {
    const dto = withFreshness({ recent: 2, over12: 1, over18: 3, never: 0 });
    expect(card(dto).detail).toBe(
      '1\u00a0fiche à vérifier (12 à 18 mois), 3\u00a0fiches anciennes (plus de 18 mois)',
    );
    expect(pie(dto).slices.find((slice) => slice.label === FRESHNESS.over12)!.value).toBe(1);
  });
});
