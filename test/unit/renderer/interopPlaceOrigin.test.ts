import { describe, expect, it } from 'vitest';
import { placeOriginItems } from '../../../renderer/src/features/import/placeOriginItems';

describe('« Ce que dit le fichier d’origine » on the actor’s record', () => {
  const origin = {
    placeId: 1,
    placeName: 'Médiathèque de Mansle',
    source: 'Département de la Charente',
    externalId: 'lieu-1',
    sourceUpdatedOn: '2023-05-12',
    presentationSummary: 'Ateliers le mardi.',
    presentationDetail: null,
    accessibilityUrl:
      'https://acceslibre.beta.gouv.fr/app/16-mansle/a/bibliotheque/erp/mediatheque-de-mansle/',
  };

  it('lists what the file said, in French, the date as the file’s own, the Accès libre page as a link', () => {
    expect(placeOriginItems(origin)).toEqual([
      { label: 'Source', value: 'Département de la Charente' },
      { label: 'Identifiant dans le fichier', value: 'lieu-1' },
      { label: 'Mise à jour selon le fichier', value: '12\u00a0mai 2023' },
      { label: 'Présentation', value: 'Ateliers le mardi.' },
      { label: 'Fiche Accès libre', value: origin.accessibilityUrl, href: origin.accessibilityUrl },
    ]);
  });

  it('says an unknown date is unknown, never another date', () => {
    const items = placeOriginItems({ ...origin, sourceUpdatedOn: null, externalId: null });
    expect(items.find((item) => item.label.startsWith('Mise à jour'))).toEqual({
      label: 'Mise à jour selon le fichier',
      value: 'non indiquée',
    });
    expect(items.map((item) => item.label)).not.toContain('Identifiant dans le fichier');
  });

  it('does not show an id Maillage made (the file had none) as the file’s', () => {
    for (const externalId of [
      'nom:biblioth-que:05130',
      'nom:bibliotheque:05000:05037',
      'nom:lieu:05000:neffes',
    ]) {
      expect(placeOriginItems({ ...origin, externalId })[1]).toEqual({
        label: 'Identifiant dans le fichier',
        value: 'aucun (le fichier n’en donne pas)',
      });
    }
    expect(placeOriginItems({ ...origin, externalId: 'nom-123' })[1]!.value).toBe('nom-123');
  });
});
