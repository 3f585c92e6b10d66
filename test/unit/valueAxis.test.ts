import fc from 'fast-check';
import { getNiceTickValues } from 'recharts';
import { describe, expect, it } from 'vitest';
import { niceValueTicks, valueAxis } from '../../shared/charts/valueAxis';

/**
 * The value axis of the bar charts is computed once in `shared/charts/` for the screen and the documents.
 * It keeps the round numbers Recharts chose on its own before (five « adaptive » ticks), so that neither
 * drawing changed when the engine stopped running Recharts.
 */
describe('the value axis of the bar charts', () => {
  it('starts at zero and ends on a round tick: 0 to 1 400 by 350 for a longest bar of 1 234,5', () => {
    expect(valueAxis([12.5, 1234.5, null], 'decimal')).toEqual({
      ticks: [0, 350, 700, 1050, 1400],
      domain: [0, 1400],
    });
  });

  it('ends a score out of 10 at 10, not at a rounder 12', () => {
    expect(valueAxis([9.2, 8.5, 3], 'decimal')).toEqual({ ticks: [0, 3, 6, 9, 12], domain: [0, 12] });
    expect(valueAxis([9.2, 8.5, 3], 'decimal', 10)).toEqual({ ticks: [0, 2, 4, 6, 8, 10], domain: [0, 10] });
    // A value beyond its scale (a wrong spec) keeps the axis that holds it.
    expect(valueAxis([11], 'decimal', 10).domain[1]).toBeGreaterThanOrEqual(11);
  });

  it('goes below zero for negative values, with zero as a tick', () => {
    const axis = valueAxis([-12.5, 30, 3.2], 'percent');
    expect(axis.ticks).toContain(0);
    expect(axis.domain[0]).toBeLessThanOrEqual(-12.5);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(30);
  });

  it('counts in whole numbers, and still draws an axis when every bar is zero or missing', () => {
    expect(valueAxis([3, 1], 'integer').ticks.every(Number.isInteger)).toBe(true);
    expect(valueAxis([0, null], 'integer')).toEqual({ ticks: [0, 1, 2, 3, 4], domain: [0, 4] });
  });

  it('chooses the same ticks as Recharts for any range', () => {
    // Values as indicators hold them: up to four significant digits, at every order of magnitude.
    const range = fc
      .record({
        low: fc.integer({ min: 0, max: 9999 }),
        high: fc.integer({ min: 0, max: 9999 }),
        negative: fc.boolean(),
        scale: fc.integer({ min: -5, max: 4 }),
        decimals: fc.boolean(),
      })
      .map(({ low, high, negative, scale, decimals }) => ({
        min: negative ? -Number((low * 10 ** scale).toPrecision(4)) : 0,
        max: Number((high * 10 ** scale).toPrecision(4)),
        decimals,
      }));
    fc.assert(
      fc.property(range, ({ min, max, decimals }) => {
        expect(niceValueTicks(min, max, decimals)).toEqual(
          getNiceTickValues([min, max], 5, decimals, 'adaptive'),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
