import { describe, expect, it } from 'vitest';
import { byAgeBand } from '../../shared/activity/ageBandOrder';

const count = (label: string, accompaniments: number) => ({ label, activities: null, accompaniments });

describe('age bands', () => {
  it('come in the order of age, not of their counts, the unknown last', () => {
    const labels = byAgeBand([
      count('70 ans et plus', 90),
      count('', 40),
      count('25 - 39 ans', 60),
      count('Mineur', 120),
      count('18 - 24 ans', 5),
      count('60 - 69 ans', 30),
      count('40 - 59 ans', 70),
    ]).map((entry) => entry.label);
    expect(labels).toEqual([
      'Mineur',
      '18 - 24 ans',
      '25 - 39 ans',
      '40 - 59 ans',
      '60 - 69 ans',
      '70 ans et plus',
      '',
    ]);
  });

  it('places older labels and labels without an age sensibly', () => {
    const labels = byAgeBand([
      count('12 - 18 ans', 1),
      count('Âge inconnu du tableau', 1),
      count('Moins de 12 ans', 1),
      count('Mineur(e)', 1),
    ]).map((entry) => entry.label);
    expect(labels).toEqual(['Mineur(e)', 'Moins de 12 ans', '12 - 18 ans', 'Âge inconnu du tableau']);
  });
});
