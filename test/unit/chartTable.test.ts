import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { formatChartValue, isEmptyChart, sourceLines, tableOf } from '../../shared/charts/chartTable';
import { categoryLines, categoryLineShifts, fitText, suggestedHeight } from '../../shared/charts/chartLayout';
import { SERVICES } from '../../shared/vocabularies/lieuxMediation';
import { niceDomain, niceTicks, placePointNames, scatterPlotBox } from '../../shared/charts/scatterLayout';

const sources = [{ label: 'INSEE, population municipale', year: 2022 }];

describe('chart values written the French way', () => {
  it('groups thousands, uses a decimal comma and puts a no-break space before units', () => {
    expect(formatChartValue(27496, 'integer')).toBe('27\u202f496');
    expect(formatChartValue(12.46, 'decimal')).toBe('12,5');
    expect(formatChartValue(42, 'percent')).toBe('42\u00a0%');
    expect(formatChartValue(3.44, 'km')).toBe('3,4\u00a0km');
  });

  it('writes a missing value as « non disponible », never as zero', () => {
    expect(formatChartValue(null, 'integer')).toBe('non disponible');
    expect(formatChartValue(Number.NaN, 'percent')).toBe('non disponible');
    expect(formatChartValue(0, 'integer')).toBe('0');
  });
});

describe('the numbers of a chart as a table', () => {
  it('lists bar items in the chart’s order with the value column named after the measure', () => {
    const spec: ChartSpec = {
      kind: 'bar',
      id: 'lieux',
      title: 'Lieux par commune',
      sources,
      valueLabel: 'Lieux pour 10 000 habitants',
      format: 'decimal',
      items: [
        { label: 'Civray', value: 12.54 },
        { label: 'Gençay', value: null, highlight: true },
      ],
    };
    expect(tableOf(spec)).toEqual({
      columns: ['Libellé', 'Lieux pour 10 000 habitants'],
      rows: [
        ['Civray', '12,5'],
        ['Gençay', 'non disponible'],
      ],
    });
  });

  it('gives both coordinates of scatter points, each in its own format, under the items’ own heading', () => {
    const spec: ChartSpec = {
      kind: 'scatter',
      id: 'croisement',
      title: 'Fragilité et offre',
      sources,
      itemLabel: 'Commune',
      xLabel: 'Indice de fragilité',
      yLabel: 'Part des 65 ans et plus',
      xFormat: 'decimal',
      yFormat: 'percent',
      points: [{ label: 'Charroux', x: 6.25, y: 31 }],
    };
    expect(tableOf(spec)).toEqual({
      columns: ['Commune', 'Indice de fragilité', 'Part des 65 ans et plus'],
      rows: [['Charroux', '6,3', '31\u00a0%']],
    });
  });

  it('adds each slice’s share of the whole to a pie, and copes with a whole of zero', () => {
    const pie = (a: number, b: number): ChartSpec => ({
      kind: 'pie',
      id: 'population',
      title: 'Population',
      sources,
      format: 'integer',
      slices: [
        { label: 'Avec un lieu', value: a },
        { label: 'Sans lieu', value: b },
      ],
    });
    expect(tableOf(pie(3000, 1000)).rows).toEqual([
      ['Avec un lieu', '3\u202f000', '75\u00a0%'],
      ['Sans lieu', '1\u202f000', '25\u00a0%'],
    ]);
    expect(tableOf(pie(0, 0)).rows[0]).toEqual(['Avec un lieu', '0', '—']);
  });

  it('gives one column per series of a grouped chart, missing values included', () => {
    const spec: ChartSpec = {
      kind: 'groupedBar',
      id: 'comparaison',
      title: 'Avant et après',
      sources,
      format: 'integer',
      categories: ['Civray', 'Gençay'],
      series: [
        { label: '2025', values: [3, 1] },
        { label: '2026', values: [4] },
      ],
    };
    expect(tableOf(spec)).toEqual({
      columns: ['Catégorie', '2025', '2026'],
      rows: [
        ['Civray', '3', '4'],
        ['Gençay', '1', 'non disponible'],
      ],
    });
  });
});

describe('chart layout helpers', () => {
  it('writes each source with its year, and without one when the year is unknown', () => {
    const spec: ChartSpec = {
      kind: 'pie',
      id: 'p',
      title: 'P',
      format: 'integer',
      slices: [],
      sources: [
        { label: 'INSEE', year: 2022 },
        { label: 'Annuaire Maillage', year: null },
      ],
    };
    expect(sourceLines(spec)).toEqual(['Source\u00a0: INSEE (2022)', 'Source\u00a0: Annuaire Maillage']);
    expect(isEmptyChart(spec)).toBe(true);
  });

  it('cuts a long commune name with an ellipsis and leaves a short one whole', () => {
    expect(fitText('Civray', 200)).toBe('Civray');
    const cut = fitText('Saint-Martin-l’Ars-en-Poitou-et-ses-environs', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });

  it('writes a name too long for one line on two, whole, broken as evenly as may be', () => {
    const service = 'Acquisition de matériel informatique à prix solidaire';
    // The room a 640-pixel chart of the documents gives its names.
    expect(categoryLines(service, 299)).toEqual(['Acquisition de matériel', 'informatique à prix solidaire']);
    expect(categoryLines('Aide aux démarches administratives', 299)).toEqual([
      'Aide aux démarches administratives',
    ]);
    // Cut with « … » only when two lines are not enough; a single word too long for a line is cut on one.
    const [first, second] = categoryLines(`${service}, sur orientation d’un travailleur social`, 160);
    expect(first!.length).toBeLessThanOrEqual(160 / (12 * 0.56));
    expect(second).toMatch(/…$/);
    expect(categoryLines('Saint-Martin-l’Ars-en-Poitou-et-ses-environs', 120)).toEqual([
      fitText('Saint-Martin-l’Ars-en-Poitou-et-ses-environs', 120),
    ]);
    // Two lines stand centred where one would.
    expect(categoryLineShifts(1)).toEqual(['0.35em']);
    expect(categoryLineShifts(2)).toEqual(['-0.2em', '1.1em']);
  });

  it('gives the bars more room when a name takes two lines at the width drawn', () => {
    const services: ChartSpec = {
      kind: 'bar',
      id: 's',
      title: 'S',
      sources,
      valueLabel: 'Lieux',
      format: 'integer',
      // The diagnostic's chart of the 9 services.
      items: SERVICES.map((label, i) => ({ label, value: i })),
    };
    expect(suggestedHeight(services, 640)).toBeGreaterThan(suggestedHeight(services));
    const withoutLongest: ChartSpec = { ...services, items: services.items.slice(0, 8) };
    expect(suggestedHeight(withoutLongest, 640)).toBe(suggestedHeight(withoutLongest));
  });

  it('gives a bar chart more height as it gets more items', () => {
    const bars = (n: number): ChartSpec => ({
      kind: 'bar',
      id: 'b',
      title: 'B',
      sources,
      valueLabel: 'Lieux',
      format: 'integer',
      items: Array.from({ length: n }, (_, i) => ({ label: `Commune ${i}`, value: i })),
    });
    expect(suggestedHeight(bars(40))).toBeGreaterThan(suggestedHeight(bars(10)));
    expect(suggestedHeight(bars(40)) / 40).toBeGreaterThanOrEqual(20);
  });
});

describe('names of the points of a scatter chart', () => {
  const box = scatterPlotBox(640, 380);
  const domains = { x: [0, 10] as [number, number], y: [0, 40] as [number, number] };

  it('names every point of a small chart when they are apart, on their right', () => {
    const names = placePointNames(
      [
        { label: 'Civray', x: 2, y: 30 },
        { label: 'Gençay', x: 6, y: 10 },
      ],
      domains,
      box,
    );
    expect([...names.values()]).toMatchObject([
      { text: 'Civray', side: 'right' },
      { text: 'Gençay', side: 'right' },
    ]);
    // Anchored right of the point: x = 2 on 0…10 is a fifth of the plot's width, plus the offset.
    expect(names.get(0)!.x).toBeCloseTo(box.left + box.width / 5 + 7);
  });

  it('moves a name to the left, then leaves it out, rather than cover another; the highlighted name first', () => {
    const names = placePointNames(
      [
        { label: 'Availles-Limouzine', x: 7.4, y: 0 },
        { label: 'Asnois', x: 7.45, y: 0, highlight: true },
        { label: 'Charroux', x: 7.5, y: 0 },
      ],
      domains,
      box,
    );
    expect(names.get(1)).toMatchObject({ text: 'Asnois', side: 'right' });
    expect(names.get(0)).toMatchObject({ text: 'Availles-Limouzine', side: 'left' });
    expect(names.has(2)).toBe(false);
  });

  it('writes a name on the left of a point at the right edge', () => {
    const names = placePointNames([{ label: 'Saint-Pierre-d’Exideuil', x: 10, y: 20 }], domains, box);
    expect(names.get(0)?.side).toBe('left');
  });

  it('only names highlighted points among hundreds', () => {
    const points = Array.from({ length: 300 }, (_, i) => ({
      label: `Commune ${i}`,
      x: (i % 10) + 0.5,
      y: i % 40,
      highlight: i === 7,
    }));
    expect([...placePointNames(points, domains, box).keys()]).toEqual([7]);
  });

  it('rounds the axis range around the values', () => {
    expect(niceDomain([4.8, 8.9])).toEqual([4, 10]);
    expect(niceDomain([0, 35.4])).toEqual([0, 40]);
    expect(niceDomain([3, 3])).toEqual([2, 4]);
    expect(niceDomain([])).toEqual([0, 1]);
    expect(niceTicks([3.3, 7.1])).toEqual([3, 4, 5, 6, 7, 8]);
    expect(niceTicks([0.12, 0.31])).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });
});
