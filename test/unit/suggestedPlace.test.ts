import { describe, expect, it } from 'vitest';
import { suggestedPlace } from '../../shared/roadmap/suggestedPlace';

describe('the « Fait à » suggested when adopting a feuille de route', () => {
  it('is the territory’s own most populous commune, never the demo’s Civray', () => {
    expect(
      suggestedPlace([
        { name: 'Forcalquier', population: 5_000 },
        { name: 'Manosque', population: 22_000 },
        { name: 'Pierrevert', population: 3_800 },
      ]),
    ).toBe('Manosque');
    expect(
      suggestedPlace([
        { name: 'Gençay', population: 1_700 },
        { name: 'Civray', population: 2_600 },
      ]),
    ).toBe('Civray');
  });

  it('takes the first by name on a tie, and suggests nothing without communes', () => {
    expect(
      suggestedPlace([
        { name: 'Vaux', population: 100 },
        { name: 'Availles', population: 100 },
      ]),
    ).toBe('Availles');
    expect(suggestedPlace([])).toBeNull();
  });
});
