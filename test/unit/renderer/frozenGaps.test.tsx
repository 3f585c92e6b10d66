// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { computeOffer } from '../../../shared/diagnostic/offer';
import { DiagnosticBody } from '../../../renderer/src/features/diagnostic/DiagnosticBody';
import { diagnosticFixture } from '../support/diagnosticDtoFixture';
import { useMountedRoot } from './support/mountedRoot';

/** A diagnostic with no place in the directory and no fragility indicator. */
function unknownDiagnostic() {
  const base = diagnosticFixture();
  const { communes, ...offer } = computeOffer(base.communes, [], base.today);
  return {
    ...base,
    fragility: null,
    communes: base.communes.map((commune, i) => ({ ...commune, ...communes[i]! })),
    offer,
  };
}

describe('what a diagnostic did not know', () => {
  const mounted = useMountedRoot();

  const render = (frozen: boolean) =>
    mounted.render(
      createElement(DiagnosticBody, { diagnostic: unknownDiagnostic(), charts: [], map: null, frozen }),
    );

  it('today: says how to fill it, with the screens to go to', () => {
    render(false);
    expect(mounted.text()).toContain('jusqu’à ce que vous importiez la cartographie nationale des lieux');
    expect(mounted.container().querySelectorAll('a').length).toBeGreaterThan(0);
  });

  it('frozen: says what was unknown that day, and asks for nothing', () => {
    render(true);
    const text = mounted.text();
    expect(text).toContain(
      'Ce jour-là, l’annuaire ne recensait aucun lieu ni aucune permanence, et la fragilité numérique des communes n’était pas connue',
    );
    expect(text).not.toMatch(/importez|saisissiez|importiez/);
    expect(mounted.container().querySelectorAll('a').length).toBe(0);
  });
});
