import { describe, expect, it } from 'vitest';
import { searchEpci } from '../../electron/backend/territory/referenceData';
import { matchTerritory } from '../../electron/backend/interop/import/territoryMatch';
import {
  uncoveredOverseasSentence,
  uncoveredOverseasTerritory,
} from '../../shared/territory/uncoveredOverseas';

/** Nouvelle-Calédonie and the COM are not in the reference data: the import and the onboarding say so. */

const NOUMEA_SENTENCE =
  'La Nouvelle-Calédonie n’est pas couverte par les données de référence de Maillage\u00a0: le référentiel national des intercommunalités ne comprend ni la Nouvelle-Calédonie ni les collectivités d’outre-mer (Polynésie française, Wallis-et-Futuna, Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin). Leurs lieux ne peuvent être rattachés à aucun territoire de Maillage.';

describe('territories the reference data does not cover', () => {
  it('recognises their names, postcodes and INSEE codes, and nothing the reference covers', () => {
    const cases: [string, string | null][] = [
      ['Nouméa', 'la Nouvelle-Calédonie'],
      ['98800', 'la Nouvelle-Calédonie'],
      ['PAPEETE', 'la Polynésie française'],
      ['98714', 'la Polynésie française'],
      ['Mata-Utu', 'Wallis-et-Futuna'],
      ['97500', 'Saint-Pierre-et-Miquelon'],
      ['Saint-Pierre-et-Miquelon', 'Saint-Pierre-et-Miquelon'],
      ['97133', 'Saint-Barthélemy'],
      ['97701', 'Saint-Barthélemy'],
      ['97150', 'Saint-Martin'],
      ['97801', 'Saint-Martin'],
      // Covered: Mayotte, Guadeloupe; and names also borne in metropolitan France or La Réunion.
      ['97600', null],
      ['97100', null],
      ['Saint-Martin', null],
      ['Saint-Pierre', null],
      ['Mansle', null],
    ];
    expect(cases.map(([text]) => [text, uncoveredOverseasTerritory(text)])).toEqual(cases);
  });

  it('writes the sentence in French, agreed with the territory', () => {
    expect(uncoveredOverseasSentence('la Nouvelle-Calédonie')).toBe(NOUMEA_SENTENCE);
    expect(uncoveredOverseasSentence('Wallis-et-Futuna')).toMatch(
      /^Wallis-et-Futuna n’est pas couvert par les données/,
    );
  });

  it('concerns queries for which the onboarding search finds nothing indeed', () => {
    for (const query of ['Nouméa', '98800', 'Papeete', 'Gustavia', '97500', '98600']) {
      expect(uncoveredOverseasTerritory(query)).not.toBeNull();
      expect(searchEpci(query)).toEqual([]);
    }
  });

  it('tells an INSEE code from a postcode: 97133 is Vieux-Fort’s code in Guadeloupe', () => {
    expect(uncoveredOverseasTerritory('97133', 'insee')).toBeNull();
    expect(uncoveredOverseasTerritory('97133', 'postcode')).toBe('Saint-Barthélemy');
    const vieuxFort = [{ code: '97133', name: 'Vieux-Fort', postcodes: ['97141'] }];
    expect(matchTerritory({ inseeCode: '97133', postcode: '', communeName: '' }, vieuxFort)).toMatchObject({
      kind: 'inside',
      code: '97133',
    });
  });

  it('gives the import the same sentence instead of « hors du territoire »', () => {
    const communes = [{ code: '63113', name: 'Clermont-Ferrand', postcodes: ['63000', '63100'] }];
    expect(
      matchTerritory({ inseeCode: '98818', postcode: '98800', communeName: 'Nouméa' }, communes),
    ).toEqual({
      kind: 'outside',
      reason: NOUMEA_SENTENCE,
    });
    expect(matchTerritory({ inseeCode: '', postcode: '', communeName: 'Nouméa' }, communes)).toEqual({
      kind: 'outside',
      reason: NOUMEA_SENTENCE,
    });
    // A commune of the territory is still placed, whatever its name shares.
    expect(
      matchTerritory({ inseeCode: '63113', postcode: '63000', communeName: '' }, communes),
    ).toMatchObject({
      kind: 'inside',
      code: '63113',
    });
  });
});
