import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../shared/text/normalize';

describe('search normalisation', () => {
  it('ignores accents, case, ligatures and apostrophes so that users find what they half-remember', () => {
    expect(normalizeForSearch('Médiathèque François-Mitterrand')).toBe('mediatheque francois-mitterrand');
    expect(normalizeForSearch('  CŒUR   de   Ville ')).toBe('coeur de ville');
    expect(normalizeForSearch('Maison de l’Emploi')).toBe(normalizeForSearch("maison de l'emploi"));
    expect(normalizeForSearch('GENÇAY')).toBe('gencay');
  });
});
