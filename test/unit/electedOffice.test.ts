import { describe, expect, it } from 'vitest';
import { isElectedOffice } from '../../electron/backend/governance/electedOffice';

const mairie = { typologies: ['MUNI'], roles: ['collectivite_elu' as const] };
const association = { typologies: ['ASSO'], roles: ['operateur' as const] };

describe('an elected office held by an actor’s representative', () => {
  it('counts the offices only an elected official holds, whatever the actor', () => {
    for (const role of [
      'Maire',
      'Maire adjoint',
      'Adjointe au maire',
      '1er adjoint',
      'Adjoint aux affaires sociales',
      'Conseillère municipale déléguée au numérique',
      'Conseiller communautaire',
      'Conseillère départementale',
      'Vice-présidente de la communauté de communes',
      'Élue référente numérique',
    ])
      expect(isElectedOffice(role, association), role).toBe(true);
  });

  it('counts a président only for a collectivity, and never a grade or a staff role', () => {
    expect(isElectedOffice('Présidente', mairie)).toBe(true);
    expect(isElectedOffice('Vice-président', mairie)).toBe(true);
    expect(isElectedOffice('Présidente', association)).toBe(false);
    for (const role of [
      'Adjoint administratif',
      'Secrétaire de mairie',
      'Directrice générale des services',
      'Chargée de mission auprès du maire',
      'Accueil',
      null,
    ])
      expect(isElectedOffice(role, mairie), String(role)).toBe(false);
  });
});
