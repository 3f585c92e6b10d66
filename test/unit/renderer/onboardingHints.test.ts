import { describe, expect, it } from 'vitest';
import { noResultHint } from '../../../renderer/src/features/onboarding/epciSearch';

/** The onboarding search, when nothing is found: why, for Nouvelle-Calédonie and the COM; else what to try. */

describe('hints when no intercommunality matches', () => {
  it('says that Nouvelle-Calédonie and the collectivités d’outre-mer are not covered', () => {
    expect(noResultHint('Nouméa')).toEqual([
      'La Nouvelle-Calédonie n’est pas couverte par les données de référence de Maillage\u00a0: le référentiel national des intercommunalités ne comprend ni la Nouvelle-Calédonie ni les collectivités d’outre-mer (Polynésie française, Wallis-et-Futuna, Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin). Leurs lieux ne peuvent être rattachés à aucun territoire de Maillage.',
    ]);
    expect(noResultHint('98800')[0]).toMatch(/^La Nouvelle-Calédonie n’est pas couverte/);
    expect(noResultHint('Papeete')[0]).toMatch(/^La Polynésie française n’est pas couverte/);
    expect(noResultHint('97500')[0]).toMatch(/^Saint-Pierre-et-Miquelon n’est pas couvert par/);
  });

  it('keeps the usual hints for a misspelling or a wrong number', () => {
    expect(noResultHint('Civraisienn')[0]).toMatch(/^Vérifiez l’orthographe/);
    expect(noResultHint('12345')[0]).toMatch(/^Un SIREN d’intercommunalité compte 9 chiffres/);
  });
});
