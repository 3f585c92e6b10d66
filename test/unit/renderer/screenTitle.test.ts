import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../renderer/src/app/route';
import { screenTitle } from '../../../renderer/src/app/screenTitle';

describe('the window title says where the user is', () => {
  it('names a body’s meetings page after the body’s screen', () => {
    expect(screenTitle(parseRoute('#/instance/3/reunions'))).toBe(
      'Réunions — Instance de coordination — Maillage',
    );
    expect(screenTitle(parseRoute('#/instance/3/reunions/12'))).toBe(
      'Réunions — Instance de coordination — Maillage',
    );
  });

  it('keeps the body itself and a new body apart from its meetings', () => {
    expect(screenTitle(parseRoute('#/instance/3'))).toBe('Instance de coordination — Maillage');
    expect(screenTitle(parseRoute('#/instance/nouvelle'))).toBe(
      'Nouvelle instance — Instance de coordination — Maillage',
    );
  });

  it('names the network and activity screens', () => {
    expect(screenTitle(parseRoute('#/reseau'))).toBe('Réseau des acteurs — Maillage');
    expect(screenTitle(parseRoute('#/activite'))).toBe('Activité — Maillage');
  });
});
