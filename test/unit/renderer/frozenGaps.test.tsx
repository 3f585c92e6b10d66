// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeOffer } from '../../../shared/diagnostic/offer';
import { DiagnosticBody } from '../../../renderer/src/features/diagnostic/DiagnosticBody';
import { diagnosticFixture } from '../support/diagnosticDtoFixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

const shown = (element: HTMLElement) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('what a diagnostic did not know', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = (frozen: boolean) =>
    act(() =>
      root.render(
        createElement(DiagnosticBody, { diagnostic: unknownDiagnostic(), charts: [], map: null, frozen }),
      ),
    );

  it('today: says how to fill it, with the screens to go to', () => {
    render(false);
    expect(shown(container)).toContain('jusqu’à ce que vous importiez la cartographie nationale des lieux');
    expect(container.querySelectorAll('a').length).toBeGreaterThan(0);
  });

  it('frozen: says what was unknown that day, and asks for nothing', () => {
    render(true);
    const text = shown(container);
    expect(text).toContain(
      'Ce jour-là, l’annuaire ne recensait aucun lieu ni aucune permanence, et la fragilité numérique des communes n’était pas connue',
    );
    expect(text).not.toMatch(/importez|saisissiez|importiez/);
    expect(container.querySelectorAll('a').length).toBe(0);
  });
});
