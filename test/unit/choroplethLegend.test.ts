import { describe, expect, it } from 'vitest';
import { buildChoroplethSvg } from '../../electron/backend/diagnostic/choroplethMap';

/** A square commune at column `i` of a row, with its value. */
const commune = (i: number, value: number | null) => ({
  code: String(86000 + i),
  name: `Commune ${i}`,
  polygons: [
    [
      [
        [0.1 * i, 46],
        [0.1 * i + 0.1, 46],
        [0.1 * i + 0.1, 46.1],
        [0.1 * i, 46.1],
        [0.1 * i, 46],
      ],
    ],
  ],
  value,
});

const legendLabels = (svg: string) =>
  [...svg.matchAll(/<text x="26" y="5"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);

describe('the legend of a map per commune', () => {
  it('gives each class bounds that no value can share: « à moins de » but for the top class', () => {
    const svg = buildChoroplethSvg({
      title: 'Fragilité',
      legendTitle: 'Score',
      caption: [],
      communes: [1, 2, 3, 4, 5, 6].map((value, i) => commune(i, value)).concat(commune(7, null)),
    });
    expect(legendLabels(svg)).toEqual([
      'de 5 à 6 (2 communes)',
      'de 4 à moins de 5 (1 commune)',
      'de 3 à moins de 4 (1 commune)',
      'de 2 à moins de 3 (1 commune)',
      'de 1 à moins de 2 (1 commune)',
      'Sans donnée (1 commune)',
    ]);
  });
});
