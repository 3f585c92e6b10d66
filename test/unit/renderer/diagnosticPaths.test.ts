import { describe, expect, it } from 'vitest';
import {
  comparisonPath,
  diagnosticPageOf,
  snapshotPath,
} from '../../../renderer/src/features/diagnostic/diagnosticPaths';

describe('diagnostic addresses', () => {
  it('reads and writes the addresses of frozen diagnostics and comparisons', () => {
    expect(diagnosticPageOf('')).toEqual({ page: 'dashboard' });
    expect(diagnosticPageOf(snapshotPath(3))).toEqual({ page: 'snapshot', id: 3 });
    expect(diagnosticPageOf(comparisonPath(3, 5))).toEqual({ page: 'compare', fromId: 3, toId: 5 });
    expect(diagnosticPageOf(comparisonPath(3, null))).toEqual({ page: 'compare', fromId: 3, toId: null });
    expect(diagnosticPageOf('figes/abc')).toEqual({ page: 'dashboard' });
  });
});
