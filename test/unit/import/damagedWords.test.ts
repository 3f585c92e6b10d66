import { describe, expect, it } from 'vitest';
import { repairedName } from '../../../electron/backend/interop/import/damagedWords';

const D = '\uFFFD';

describe('a place’s name read with damaged letters', () => {
  it('gets back the words only one word of the places’ vocabulary fits, in their case', () => {
    expect(repairedName(`Biblioth${D}que`)).toBe('Bibliothèque');
    expect(repairedName(`M${D}diath${D}que de Laye`)).toBe('Médiathèque de Laye');
    expect(repairedName(`Plan${D}te Champsaur Valgo`)).toBe('Planète Champsaur Valgo');
    expect(repairedName(`ESPACE PUBLIC NUM${D}RIQUE`)).toBe('ESPACE PUBLIC NUMÉRIQUE');
    expect(repairedName(`Pr${D}fecture des Hautes-Alpes`)).toBe('Préfecture des Hautes-Alpes');
    // A letter written as two bytes may come back as two « � »: still one letter.
    expect(repairedName(`Biblioth${D}${D}que municipale`)).toBe('Bibliothèque municipale');
    expect(repairedName(`M${D}diath${D}que Fran${D}ois Mitterrand`)).toBe('Médiathèque François Mitterrand');
  });

  it('leaves what no word or several words fit as read, and a name without damage alone', () => {
    // « Ch�teauvieux »: a commune, not a word of the vocabulary.
    expect(repairedName(`Mairie de Ch${D}teauvieux`)).toBeNull();
    expect(repairedName(`Biblioth${D}que de Ch${D}teauvieux`)).toBe(`Bibliothèque de Ch${D}teauvieux`);
    expect(repairedName('Médiathèque de Gap')).toBeNull();
    // A lone « � » may have been « à » or a dash (« Mairie – Accueil »): not guessed.
    expect(repairedName(`La Fabrique ${D} Entreprendre`)).toBeNull();
    expect(repairedName('')).toBeNull();
  });
});
