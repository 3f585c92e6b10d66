import { describe, expect, it } from 'vitest';
import type { BarChartSpec } from '../../shared/charts/chartSpec';
import { CHART_IDS, MAX_COMMUNE_BARS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import type { DiagnosticDto } from '../../shared/diagnostic/diagnosticDto';
import { printableChart } from '../../electron/backend/documents/diagnostic/printableChart';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

/** A territory of `withPlace` communes with one place each and `without` communes without any. */
function territory(withPlace: number, without: number): DiagnosticDto {
  const base = diagnosticFixture();
  const communes = Array.from({ length: withPlace + without }, (_, i) => {
    const placeCount = i < withPlace ? 1 : 0;
    const population = 1_000 + i;
    return {
      ...base.communes[0]!,
      code: String(10_000 + i),
      name: `Commune ${String(i).padStart(2, '0')}`,
      population,
      placeCount,
      placesPer10k: (placeCount * 10_000) / population,
    };
  });
  return { ...base, communes };
}

const printedRanking = (dto: DiagnosticDto) => {
  const spec = diagnosticCharts(dto).find((chart) => chart.id === CHART_IDS.placesPer10k)!;
  const printed = printableChart(spec, dto.communes);
  return { bars: (printed.spec as BarChartSpec).items.length, printed };
};

describe('the ranking of the communes by places, as printed', () => {
  it('counts the communes without a fixed place on the whole territory, not on the bars drawn', () => {
    // 2 communes with a place, 46 without: the screen's chart stops at 40 bars, 38 of them at zero.
    const { bars, printed } = printedRanking(territory(2, 46));
    expect(bars).toBe(2);
    expect(printed.note).toBe(
      '46\u00a0autres communes n’ont aucun lieu fixe (détail par commune en annexe).',
    );
    expect(printed.spec?.subtitle).toBe(
      'Les communes qui ont au moins un lieu fixe, les mieux dotées d’abord.',
    );
  });

  it('says when more communes have a place than there are bars', () => {
    const { bars, printed } = printedRanking(territory(45, 10));
    expect(bars).toBe(MAX_COMMUNE_BARS);
    expect(printed.note).toBe(
      '10\u00a0autres communes n’ont aucun lieu fixe (détail par commune en annexe).',
    );
    expect(printed.spec?.subtitle).toBe(
      `Les communes qui ont au moins un lieu fixe, les mieux dotées d’abord. Les ${MAX_COMMUNE_BARS} premières sur 45.`,
    );
  });
});

describe('a chart whose numbers are unknown, as printed', () => {
  it('is one sentence that says so and why, without the screen’s advice to the user', () => {
    const spec = {
      ...diagnosticCharts(diagnosticFixture()).find((chart) => chart.id === CHART_IDS.services)!,
      items: [],
      unknown: {
        reason: 'aucun lieu dans l’annuaire',
        remedy: 'Importez ou saisissez les lieux de médiation.',
      },
    };
    expect(printableChart(spec)).toEqual({
      spec: null,
      note: '«\u00a0Les 9 services de médiation numérique\u00a0: nombre de lieux qui les offrent\u00a0»\u00a0: non renseigné (aucun lieu dans l’annuaire).',
    });
  });
});
