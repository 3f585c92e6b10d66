import { describe, expect, it } from 'vitest';
import { fragilityScale, suggestedDirection } from '../../shared/diagnostic/fragilityDirection';

describe('which way an indicator reads', () => {
  it('suggests « plus bas = plus fragile » for coverages, speeds and incomes, and the reverse otherwise', () => {
    expect(suggestedDirection('Taux de couverture THD')).toBe('lowerIsMoreFragile');
    expect(suggestedDirection('Revenu médian MED21')).toBe('lowerIsMoreFragile');
    // INSEE's code alone, as a column named so is first shown.
    expect(suggestedDirection('MED21 MED21')).toBe('lowerIsMoreFragile');
    expect(suggestedDirection('MEDECINS_2021')).toBe('higherIsMoreFragile');
    expect(suggestedDirection('Non-couverture Très Haut Débit no_thd_coverage_rate')).toBe(
      'higherIsMoreFragile',
    );
    expect(suggestedDirection('Taux de pauvreté poverty_rate')).toBe('higherIsMoreFragile');
    expect(suggestedDirection('Part des 75 ans ou plus')).toBe('higherIsMoreFragile');
  });

  it('puts the most fragile end at 10, whichever way the values read', () => {
    const values = [20, 50, 80];
    const higher = fragilityScale(values, false, 'higherIsMoreFragile');
    const lower = fragilityScale(values, false, 'lowerIsMoreFragile');
    expect(values.map(higher)).toEqual([1, 5.5, 10]);
    expect(values.map(lower)).toEqual([10, 5.5, 1]);
    expect(fragilityScale([3, 3], false, 'lowerIsMoreFragile')(3)).toBe(5.5);
  });

  it('keeps a score as it reads, or turns it round when a lower score is the more fragile', () => {
    expect(fragilityScale([2, 9], true, 'higherIsMoreFragile')(9)).toBe(9);
    expect(fragilityScale([2, 9], true, 'lowerIsMoreFragile')(9)).toBe(2);
  });
});
