import { describe, expect, it } from 'vitest';
import { addMonths, freshnessOf, freshnessThresholds } from '../../shared/actors/freshness';

describe('freshness of an actor’s record', () => {
  const today = '2026-04-05';

  it('is « never » when the record was never checked', () => {
    expect(freshnessOf(null, today)).toBe('never');
  });

  it('stays recent up to exactly 12 months, then needs checking', () => {
    expect(freshnessOf('2026-04-05', today)).toBe('recent');
    expect(freshnessOf('2025-04-05', today)).toBe('recent');
    expect(freshnessOf('2025-04-04', today)).toBe('over12');
  });

  it('becomes old past exactly 18 months', () => {
    expect(freshnessOf('2024-10-05', today)).toBe('over12');
    expect(freshnessOf('2024-10-04', today)).toBe('over18');
    expect(freshnessOf('2019-01-01', today)).toBe('over18');
  });

  it('clamps to the end of the month when the month is shorter', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', -18)).toBe('2024-02-29');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
  });

  it('counts months from the end of a month without skipping a day', () => {
    // 31 August 2026: twelve months back is 31 August 2025, eighteen months back is 29 February 2025 → 28.
    expect(freshnessThresholds('2026-08-31')).toEqual({
      over12Before: '2025-08-31',
      over18Before: '2025-02-28',
    });
    expect(freshnessOf('2025-08-31', '2026-08-31')).toBe('recent');
    expect(freshnessOf('2025-08-30', '2026-08-31')).toBe('over12');
    expect(freshnessOf('2025-02-28', '2026-08-31')).toBe('over12');
    expect(freshnessOf('2025-02-27', '2026-08-31')).toBe('over18');
  });

  it('crosses year boundaries', () => {
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-15');
    expect(addMonths('2026-01-15', -18)).toBe('2024-07-15');
    expect(freshnessOf('2024-07-15', '2026-01-15')).toBe('over12');
    expect(freshnessOf('2024-07-14', '2026-01-15')).toBe('over18');
  });
});
