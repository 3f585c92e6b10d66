// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { DiagnosticIndicatorDto } from '../../../shared/diagnostic/diagnosticDto';
import { IndicatorOptions } from '../../../renderer/src/features/diagnostic/IndicatorOptions';
import { useMountedRoot } from './support/mountedRoot';

const indicator = (
  id: string,
  label: string,
  source: string,
  year: number | null,
): DiagnosticIndicatorDto => ({
  id,
  key: id,
  label,
  unit: '',
  datasetName: source,
  source: { label: source, year },
  isScore: false,
  direction: 'higherIsMoreFragile',
  valueCount: 35,
});

describe('the diagnostic’s indicator pickers', () => {
  const mounted = useMountedRoot();

  it('name each indicator alone, under its source, sources in the order of their first indicator', () => {
    const indicators = [
      indicator('1:score', 'Score de fragilité numérique', 'La MedNum — fragilite-numerique.fr', 2023),
      indicator('2:taux', 'Taux de couverture fibre', 'Arcep', null),
      indicator('1:acces', 'Accès aux interfaces numériques', 'La MedNum — fragilite-numerique.fr', 2023),
    ];
    mounted.render(createElement('select', null, createElement(IndicatorOptions, { indicators })));
    const groups = [...mounted.container().querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).toEqual([
      'La MedNum — fragilite-numerique.fr (2023)',
      'Arcep',
    ]);
    expect(
      [...groups[0]!.querySelectorAll('option')].map((option) => [option.value, option.textContent]),
    ).toEqual([
      ['1:score', 'Score de fragilité numérique'],
      ['1:acces', 'Accès aux interfaces numériques'],
    ]);
    expect(groups[1]!.querySelector('option')?.textContent).toBe('Taux de couverture fibre');
  });
});
