import { describe, expect, it } from 'vitest';
import { withoutSubject } from '../../../renderer/src/features/roadmap/editor/roadmapWarningsView';

describe('a roadmap warning shown within its own fiche', () => {
  it('leaves out the action it is about, and starts with a capital', () => {
    const subject = 'Action «\u00a0Permanences\u00a0»';
    expect(
      withoutSubject(`${subject}\u00a0: l’indicateur «\u00a0Séances\u00a0» n’a pas de cible.`, subject),
    ).toBe('L’indicateur «\u00a0Séances\u00a0» n’a pas de cible.');
    // Another action's warning, or one written otherwise, is shown whole.
    const other = 'Action «\u00a0Ateliers\u00a0»\u00a0: aucun pilote.';
    expect(withoutSubject(other, subject)).toBe(other);
  });
});
