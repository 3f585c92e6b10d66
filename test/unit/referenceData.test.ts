import { describe, expect, it } from 'vitest';
import { communeNameOf, getEpciDetail, searchEpci } from '../../electron/backend/territory/referenceData';

const CIVRAISIEN = '200070035';

describe('EPCI search in the offline reference', () => {
  it('finds an EPCI by its name, with or without accents and capitals', () => {
    for (const query of [
      'Civraisien',
      'civraisien en poitou',
      'CIVRAISIEN',
      'Communauté de communes du Civraisien',
    ]) {
      const [first] = searchEpci(query);
      expect(first, query).toMatchObject({
        siren: CIVRAISIEN,
        name: 'CC du Civraisien en Poitou',
        matchedCommune: null,
      });
    }
    const withAccent = searchEpci('Pays Basque').map((e) => e.siren);
    expect(searchEpci('pays basqué').map((e) => e.siren)).toEqual(withAccent);
  });

  it('finds an EPCI by its SIREN', () => {
    const results = searchEpci('200070035');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      siren: CIVRAISIEN,
      type: 'CC',
      departements: ['86'],
      communeCount: 35,
    });
    expect(searchEpci('200 070 035')[0]?.siren).toBe(CIVRAISIEN);
  });

  it('finds an EPCI through one of its communes and says which', () => {
    const results = searchEpci('civray');
    expect(results[0]).toMatchObject({ siren: CIVRAISIEN, matchedCommune: 'Civray' });
    // Other EPCI with a commune named Civray… come after, still labelled with the commune that matched.
    expect(results.some((e) => e.matchedCommune === 'Civray-de-Touraine')).toBe(true);
    expect(searchEpci('gencay')[0]).toMatchObject({ siren: CIVRAISIEN, matchedCommune: 'Gençay' });
    expect(searchEpci('Saint Maurice la Clouere')[0]).toMatchObject({
      siren: CIVRAISIEN,
      matchedCommune: 'Saint-Maurice-la-Clouère',
    });
  });

  it('finds an EPCI by the INSEE code or the postcode of a member commune', () => {
    expect(searchEpci('86103')[0]).toMatchObject({ siren: CIVRAISIEN, matchedCommune: 'Gençay' });
    expect(searchEpci('86400')[0]).toMatchObject({ siren: CIVRAISIEN, matchedCommune: 'Civray' });
  });

  it('puts exact and prefix matches before matches inside a word, and stops at 20', () => {
    const results = searchEpci('poitiers');
    expect(results[0]).toMatchObject({ name: 'CU du Grand Poitiers', matchedCommune: 'Poitiers' });
    const many = searchEpci('cc');
    expect(many).toHaveLength(20);
    expect(many.every((e) => e.name.startsWith('CC '))).toBe(true);
  });

  it('answers nothing for an empty or unknown query', () => {
    expect(searchEpci('   ')).toEqual([]);
    expect(searchEpci('zzxqw')).toEqual([]);
  });
});

describe('EPCI detail', () => {
  it('lists the 35 communes of the CC du Civraisien en Poitou with their populations and postcodes', () => {
    const epci = getEpciDetail(CIVRAISIEN);
    expect(epci).not.toBeNull();
    expect(epci!.communes).toHaveLength(35);
    expect(epci!.communeCount).toBe(35);
    // Population municipale (INSEE): the sum of the member communes.
    expect(epci!.population).toBe(26_737);
    expect(epci!.communes.reduce((sum, c) => sum + c.population, 0)).toBe(26_737);
    expect(epci!.communes.find((c) => c.code === '86078')).toEqual({
      code: '86078',
      name: 'Civray',
      population: 2543,
      postcodes: ['86400'],
    });
  });

  it('sorts communes by name as a French reader expects', () => {
    const names = getEpciDetail(CIVRAISIEN)!.communes.map((c) => c.name);
    expect(names[0]).toBe('Anché');
    expect(names.indexOf('Gençay')).toBeLessThan(names.indexOf('Genouillé'));
    expect(names.indexOf('Champagné-le-Sec')).toBeLessThan(names.indexOf('Champagné-Saint-Hilaire'));
    expect(names.indexOf('La Chapelle-Bâton')).toBeGreaterThan(names.indexOf('Joussé'));
  });

  it('gives the départements of an EPCI spanning two', () => {
    const twoDepartements = searchEpci('Monts du Lyonnais').find(
      (e) => e.name === 'CC des Monts du Lyonnais',
    );
    expect(twoDepartements?.departements).toEqual(['42', '69']);
  });

  it('answers null for an unknown SIREN', () => {
    expect(getEpciDetail('123456789')).toBeNull();
  });
});

describe('commune names by code', () => {
  it('names any commune of France, including municipal arrondissements', () => {
    expect(communeNameOf('86082')).toBe('Valence-en-Poitou');
    expect(communeNameOf('75056')).toBe('Paris');
    expect(communeNameOf('69381')).toBe('Lyon 1er Arrondissement');
    expect(communeNameOf('2A004')).toBe('Ajaccio');
    expect(communeNameOf('99999')).toBeNull();
  });
});
