import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UnbrokenRanges } from '../../../renderer/src/ui/UnbrokenRanges';

const html = (text: string) => renderToStaticMarkup(createElement(UnbrokenRanges, { text }));

describe('a title with a year range', () => {
  it('keeps « 2026-2028 » on one line and the text as typed', () => {
    expect(html('Feuille de route de l’inclusion numérique 2026-2028')).toBe(
      'Feuille de route de l’inclusion numérique <span class="unbroken">2026-2028</span>',
    );
    expect(html('Plan 2024-2026, révisé 2025-2027')).toBe(
      'Plan <span class="unbroken">2024-2026</span>, révisé <span class="unbroken">2025-2027</span>',
    );
  });

  it('leaves a title without a range, or with a word’s hyphen, as it is', () => {
    expect(html('Feuille de route')).toBe('Feuille de route');
    expect(html('Saint-Macoux 2026')).toBe('Saint-Macoux 2026');
  });
});
