import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../shared/format/phone';

/** What the reader sees, no-break spaces written as plain ones for legibility. */
const read = (phone: string | null) => formatPhone(phone).replaceAll('\u00a0', ' ');

describe('a phone number as a French reader reads it', () => {
  it('writes a number of the standard (« +33… ») in its national form, by pairs', () => {
    expect(read('+33492541014')).toBe('04 92 54 10 14');
    expect(read('+33609876543')).toBe('06 09 87 65 43');
    expect(read('0033492541014')).toBe('04 92 54 10 14');
    expect(read('0492301400')).toBe('04 92 30 14 00');
  });

  it('reads the same number the same way however it was typed', () => {
    for (const typed of [
      '04 92 30 04 00',
      '0492300400',
      '04.92.30.04.00',
      '04-92-30-04-00',
      ' 04 92 30 04 00 ',
      '+33 4 92 30 04 00',
      '+33 (0)4 92 30 04 00',
      '+33 0 4 92 30 04 00',
      '04\u00a092\u00a030\u00a004\u00a000',
    ])
      expect(read(typed), typed).toBe('04 92 30 04 00');
  });

  it('keeps the number on one line: its groups are joined by no-break spaces', () => {
    expect(formatPhone('+33492541014')).toBe('04\u00a092\u00a054\u00a010\u00a014');
  });

  it('writes the overseas departments of the national plan nationally, the others internationally', () => {
    expect(read('+262262123456')).toBe('02 62 12 34 56');
    expect(read('0262 12 34 56')).toBe('02 62 12 34 56');
    expect(read('+262 692 12 34 56')).toBe('06 92 12 34 56');
    expect(read('+590590123456')).toBe('05 90 12 34 56');
    expect(read('+594594123456')).toBe('05 94 12 34 56');
    expect(read('+596596123456')).toBe('05 96 12 34 56');
    expect(read('+687281234')).toBe('+687 28 12 34');
    expect(read('+68940123456')).toBe('+689 40 12 34 56');
    expect(read('+508411234')).toBe('+508 41 12 34');
  });

  it('shows anything that is not a recognisable French number exactly as stored', () => {
    for (const stored of [
      '39 49 00',
      '3949',
      '492541014',
      '+44 20 7946 0958',
      '+3349254101',
      '04 92 30 04 00 / 06 12 34 56 78',
      '04 92 30 04 00 (standard)',
      'voir le site',
      '00 00',
      '0092301400',
    ])
      expect(formatPhone(stored), stored).toBe(stored);
  });

  it('shows nothing for no number', () => {
    expect(formatPhone(null)).toBe('');
    expect(formatPhone(undefined)).toBe('');
    expect(formatPhone('')).toBe('');
  });
});
