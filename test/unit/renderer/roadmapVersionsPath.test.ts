import { describe, expect, it } from 'vitest';
import { versionsPageOf, versionsPathOf } from '../../../renderer/src/features/roadmap/versions/versionsPath';

describe('the address of the « Versions » tab', () => {
  it('reads the list, one version and a comparison, and writes them back', () => {
    const pages = [
      { view: 'list' },
      { view: 'version', number: 2 },
      { view: 'compare', from: 1, to: 'brouillon' },
      { view: 'compare', from: 3, to: 1 },
    ] as const;
    for (const page of pages) expect(versionsPageOf(versionsPathOf(page))).toEqual(page);
    expect(versionsPathOf({ view: 'compare', from: 1, to: 'brouillon' })).toBe(
      'versions/comparaison/1/brouillon',
    );
  });

  it('falls back to the list on an address it does not know', () => {
    for (const path of [
      'versions/0',
      'versions/abc',
      'versions/comparaison/1',
      'versions/comparaison/x/2',
      'signatures',
    ]) {
      expect(versionsPageOf(path)).toEqual({ view: 'list' });
    }
  });
});
