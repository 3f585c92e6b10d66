// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { ChartFigure } from '../../../renderer/src/charts/ChartFigure';

const spec: ChartSpec = {
  kind: 'bar',
  id: 'lieux-par-commune',
  title: 'Lieux de médiation pour 10 000 habitants',
  sources: [
    { label: 'Annuaire Maillage', year: null },
    { label: 'INSEE, population municipale', year: 2022 },
  ],
  valueLabel: 'Lieux pour 10 000 habitants',
  format: 'decimal',
  items: [
    { label: 'Civray', value: 12.54 },
    { label: 'Saint-Pierre-d’Exideuil', value: null, highlight: true },
  ],
};

describe('a chart on screen', () => {
  const mounted = useMountedRoot();

  it('shows its title, the drawing and a « Source » line per source', () => {
    act(() => mounted.root().render(createElement(ChartFigure, { spec })));
    const figure = mounted.container().querySelector('figure')!;
    expect(figure.querySelector('h3')?.textContent).toBe('Lieux de médiation pour 10 000 habitants');
    expect(figure.getAttribute('aria-labelledby')).toBe(figure.querySelector('h3')?.id);
    const drawn = [...figure.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(drawn).toContain('Civray');
    expect([...figure.querySelectorAll('.chart-figure-source')].map((line) => line.textContent)).toEqual([
      'Source\u00a0: Annuaire Maillage',
      'Source\u00a0: INSEE, population municipale (2022)',
    ]);
  });

  it('shows the same numbers as a table on « Voir les chiffres », and hides them again', () => {
    act(() => mounted.root().render(createElement(ChartFigure, { spec })));
    const toggle = mounted.container().querySelector('button')!;
    expect(toggle.textContent).toBe('Voir les chiffres');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(mounted.container().querySelector('table')).toBeNull();

    act(() => toggle.click());
    expect(toggle.textContent).toBe('Masquer les chiffres');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = mounted.container().querySelector('table')!;
    expect(table.id || table.parentElement?.id).toBe(toggle.getAttribute('aria-controls'));
    const rows = [...table.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Libellé', 'Lieux pour 10 000 habitants'],
      ['Civray', '12,5'],
      ['Saint-Pierre-d’Exideuil', 'non disponible'],
    ]);

    act(() => toggle.click());
    expect(mounted.container().querySelector('table')).toBeNull();
  });
});
