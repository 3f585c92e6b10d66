import { describe, expect, it } from 'vitest';
import {
  firstDayOf,
  formatEuros,
  formatMonthOrDate,
  formatQuantity,
  lastDayOf,
} from '../../shared/roadmap/roadmapDates';

describe('the periods and amounts of a roadmap', () => {
  it('reads a month as its first and last day, and a date as itself', () => {
    expect(firstDayOf('2026-09')).toBe('2026-09-01');
    expect(lastDayOf('2026-09')).toBe('2026-09-30');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(firstDayOf('2026-09-15')).toBe('2026-09-15');
    expect(lastDayOf('2026-09-15')).toBe('2026-09-15');
  });

  it('writes them in French', () => {
    expect(formatMonthOrDate('2026-09')).toBe('septembre 2026');
    expect(formatMonthOrDate('2026-05-01')).toBe('1er\u00a0mai 2026');
    expect(formatMonthOrDate(null)).toBe('');
    expect(formatEuros(24000)).toBe('24\u202f000\u00a0€');
    expect(formatQuantity(12.5, '%')).toBe('12,5\u00a0%');
    expect(formatQuantity(600, 'personnes')).toBe('600\u00a0personnes');
    expect(formatQuantity(40, null)).toBe('40');
  });
});
