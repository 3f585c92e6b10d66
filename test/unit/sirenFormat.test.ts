import { describe, expect, it } from 'vitest';
import { formatSiren, formatSiret } from '../../shared/format/siren';

describe('SIREN and SIRET as the screens and the documents write them', () => {
  it('groups a SIREN by three, with no-break spaces', () => {
    expect(formatSiren('200067825')).toBe('200\u00a0067\u00a0825');
  });

  it('groups a SIRET as its SIREN, then the NIC, however it was typed', () => {
    expect(formatSiret('43493312300029')).toBe('434\u00a0933\u00a0123\u00a000029');
    expect(formatSiret('434 933 123 00029')).toBe('434\u00a0933\u00a0123\u00a000029');
  });

  it('shows anything else as typed', () => {
    expect(formatSiren('20006782')).toBe('20006782');
    expect(formatSiren('')).toBe('');
    expect(formatSiret('4349331230002')).toBe('4349331230002');
    expect(formatSiret('W123456789')).toBe('W123456789');
  });
});
