import { describe, expect, it } from 'vitest';
import {
  joinHouseNumber,
  readPostalTail,
} from '../../../electron/backend/interop/lieux-mediation/addressParts';
import { readCoordinatePair } from '../../../electron/backend/interop/lieux-mediation/coordinateCells';
import { fromLambert93 } from '../../../electron/backend/interop/lieux-mediation/lambert93';
import { guessMapping } from '../../../electron/backend/interop/lieux-mediation/readMapping';
import { readTable } from '../../../electron/backend/interop/lieux-mediation/readTable';

/** The columns of producer files, read as the directory needs them (see also importProducerFiles.test.ts). */

const guess = (csv: string) => {
  const table = readTable(csv);
  return guessMapping(table.headers, table.records, 'tableur');
};

describe('addresses as producers write them', () => {
  it('joins the house number to the street, once', () => {
    expect(joinHouseNumber('4', 'rue de la République')).toBe('4 rue de la République');
    expect(joinHouseNumber('4', '4 rue de la République')).toBe('4 rue de la République');
    expect(joinHouseNumber('4', '42 rue de la République')).toBe('4 42 rue de la République');
    expect(joinHouseNumber('', 'Le Bourg')).toBe('Le Bourg');
  });

  it('reads the postcode and commune at the end of the address, and only there', () => {
    expect(readPostalTail('14 rue de Verdun, 16140 Aigre')).toEqual({
      street: '14 rue de Verdun',
      postcode: '16140',
      communeName: 'Aigre',
    });
    expect(readPostalTail('1 place Bouillaud 16021 ANGOULEME CEDEX 9')).toMatchObject({
      postcode: '16021',
      communeName: 'ANGOULEME',
    });
    expect(readPostalTail('Le Bourg 16230')).toEqual({
      street: 'Le Bourg',
      postcode: '16230',
      communeName: '',
    });
    expect(readPostalTail('12 rue du 8 mai 1945')).toBeNull();
  });
});

describe('coordinates as producers write them', () => {
  it('reads « lat, lon » cells in their usual spellings, and a WKT point longitude first', () => {
    const poitiers = { latitude: 46.58, longitude: 0.34 };
    for (const cell of ['46.58, 0.34', '46.58,0.34', '46,58 ; 0,34', '[46.58, 0.34]', 'POINT (0.34 46.58)'])
      expect(readCoordinatePair(cell)).toEqual(poitiers);
    expect(readCoordinatePair('près de la mairie')).toBeNull();
  });

  it('projects Lambert-93 with the EPSG:2154 definition (Notre-Dame de Paris)', () => {
    const point = fromLambert93(652_469, 6_862_035)!;
    expect(point.latitude).toBeCloseTo(48.8566, 4);
    expect(point.longitude).toBeCloseTo(2.3522, 4);
    expect(readCoordinatePair('652469 6862035')).toEqual(point);
    expect(fromLambert93(0.34, 46.58)).toBeNull();
  });
});

describe('the wizard’s guesses', () => {
  it('takes « Lieu » and « Nom de la structure » as names, and longer headers by their words', () => {
    expect(guess('Lieu;Ville\nMédiathèque;Mansle\n')).toMatchObject({ name: 'Lieu', communeName: 'Ville' });
    expect(
      guess(
        'Nom de votre structure;Adresse de la structure;Adresse mail de la structure\nEPN;Le Bourg;a@b.fr\n',
      ),
    ).toEqual({
      name: 'Nom de votre structure',
      address: 'Adresse de la structure',
      email: 'Adresse mail de la structure',
    });
  });

  it('tells Lambert-93 x/y from degrees, and a row count from house numbers', () => {
    expect(guess('nom;x;y\nA;476709.9;6543435.5\n')).toEqual({ name: 'nom', lambertX: 'x', lambertY: 'y' });
    expect(guess('nom;x;y\nA;0.116625;45.953934\n')).toEqual({ name: 'nom', longitude: 'x', latitude: 'y' });
    expect(guess('nom;numero;voie\nA;12;rue X\nB;3 bis;rue Y\n')).toMatchObject({ houseNumber: 'numero' });
    expect(guess('numero;nom;voie\n1;A;rue X\n2;B;rue Y\n3;C;rue Z\n').houseNumber).toBeUndefined();
  });
});
