import { describe, expect, it } from 'vitest';
import { numberText, readNumber } from '../../../renderer/src/features/roadmap/editor/numberText';

describe('numbers typed in French', () => {
  it('reads spaces between thousands, a decimal comma and a trailing unit', () => {
    expect(readNumber('12 500')).toEqual({ ok: true, value: 12500 });
    expect(readNumber('12\u202f500,50 €')).toEqual({ ok: true, value: 12500.5 });
    expect(readNumber('45 %')).toEqual({ ok: true, value: 45 });
  });

  it('an empty box means « not set »', () => {
    expect(readNumber('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number, decimals where whole euros are expected, and negatives when asked', () => {
    expect(readNumber('douze')).toEqual({ ok: false, message: 'Saisissez un nombre (par exemple 12 500).' });
    expect(readNumber('10,5', { integer: true })).toEqual({
      ok: false,
      message: 'Saisissez un nombre entier.',
    });
    expect(readNumber('-3', { min: 0 }).ok).toBe(false);
  });

  it('shows a stored number back the French way, and what it shows reads back to the same number', () => {
    expect(numberText(12500)).toBe('12\u00a0500');
    expect(numberText(0.5)).toBe('0,5');
    expect(numberText(null)).toBe('');
    for (const value of [0, 7, 1234567, 3.25])
      expect(readNumber(numberText(value))).toEqual({ ok: true, value });
  });
});
