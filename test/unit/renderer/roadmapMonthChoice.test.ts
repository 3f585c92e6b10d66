import { describe, expect, it } from 'vitest';
import { monthChoice, yearChoices } from '../../../renderer/src/features/roadmap/action/monthChoice';

describe('the month lists of a start or end', () => {
  it('reads a stored month or date back into its month and year', () => {
    expect(monthChoice('2026-09')).toEqual({ month: '09', year: '2026' });
    expect(monthChoice('2027-03-15')).toEqual({ month: '03', year: '2027' });
    expect(monthChoice(null)).toEqual({ month: '', year: '' });
  });

  it('offers the years around today, and keeps a stored year far away', () => {
    expect(yearChoices(2026, '')).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
      '2032',
      '2033',
      '2034',
      '2035',
      '2036',
    ]);
    expect(yearChoices(2026, '2040').at(-1)).toBe('2040');
    expect(yearChoices(2026, '2012')[0]).toBe('2012');
  });
});
