import { describe, expect, it } from 'vitest';
import { compactSiret, isValidSiret, siretProblem } from '../../shared/actors/siret';
import { actorInput } from '../../shared/actors/schemas';

describe('SIRET', () => {
  it('accepts a SIRET whose Luhn check digit is right', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('13002526500013')).toBe(true);
    expect(siretProblem('73282932000074')).toBeNull();
  });

  it('refuses a SIRET with one digit mistyped, saying its check digit is wrong', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('73282392000074')).toBe(false); // two digits swapped
    expect(siretProblem('73282932000075')).toMatch(/clé de contrôle est fausse/);
  });

  it('applies La Poste’s own rule (sum of digits multiple of 5) to its establishments', () => {
    expect(isValidSiret('35600000049837')).toBe(true);
    // Valid for La Poste although the Luhn sum fails…
    expect(isValidSiret('35600000000001')).toBe(true);
    // …and refused although the Luhn sum passes.
    expect(isValidSiret('35600000000014')).toBe(false);
  });

  it('ignores the spaces people type, including no-break spaces', () => {
    expect(compactSiret('732 829 320 00074')).toBe('73282932000074');
    expect(isValidSiret('732\u00a0829\u00a0320\u202f00074')).toBe(true);
    expect(siretProblem(' 732 829 320 00074 ')).toBeNull();
  });

  it('refuses the placeholder 00000000000000 and asks to leave the field empty', () => {
    expect(isValidSiret('00000000000000')).toBe(false);
    expect(siretProblem('00000000000000')).toMatch(/bouche-trou.*laissez le champ vide/);
  });

  it('says what is wrong with a SIRET of the wrong length or with letters', () => {
    expect(siretProblem('7328293200007')).toBe('Le SIRET compte 14 chiffres (ici 13).');
    expect(siretProblem('7328293200007A')).toBe('Le SIRET ne contient que des chiffres.');
  });

  it('is checked by the actor form, which stores it without spaces', () => {
    const valid = actorInput.safeParse({ name: 'Centre social', siret: '732 829 320 00074' });
    expect(valid.success && valid.data.siret).toBe('73282932000074');
    const invalid = actorInput.safeParse({ name: 'Centre social', siret: '732 829 320 00075' });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]?.path).toEqual(['siret']);
  });
});
