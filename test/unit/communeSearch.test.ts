import { describe, expect, it } from 'vitest';
import { rankCommunes, searchCommunes } from '../../electron/backend/territory/communeSearch';
import {
  allCommunes,
  getEpciDetail,
  searchKey,
  type ReferenceCommune,
} from '../../electron/backend/territory/referenceData';
import { communeChoiceLabel, departementOfCommuneCode } from '../../shared/territory/communeLabel';

const commune = (code: string, name: string, population: number, postcodes: string[]): ReferenceCommune => ({
  code,
  name,
  key: searchKey(name),
  population,
  postcodes,
  departement: departementOfCommuneCode(code),
});

/** A small France: two homonyms, a commune containing the name, one with the name as a word. */
const FRANCE = [
  commune('86227', 'Saint-Laon', 136, ['86200']),
  commune('02408', 'Laon', 24220, ['02000']),
  commune('28206', 'Laons', 648, ['28270']),
  commune('51001', 'Montlaon', 50, ['51000']),
  commune('18066', 'Civray', 926, ['18290']),
  commune('86078', 'Civray', 2522, ['86400']),
  commune('2A004', 'Ajaccio', 70000, ['20000', '20090']),
];

const none = () => false;
const codes = (choices: { code: string }[]) => choices.map((choice) => choice.code);

describe('ranking the communes of France for a query', () => {
  it('puts the exact name first, then a word beginning with it, then the name containing it', () => {
    expect(codes(rankCommunes(FRANCE, 'laon', none))).toEqual(['02408', '28206', '86227', '51001']);
  });

  it('puts the territory’s communes first, whatever the quality of their match', () => {
    const loudunais = (code: string) => code === '86227';
    const ranked = rankCommunes(FRANCE, 'Laon', loudunais);
    expect(codes(ranked)).toEqual(['86227', '02408', '28206', '51001']);
    expect(ranked.map((choice) => choice.inTerritory)).toEqual([true, false, false, false]);
  });

  it('tells homonyms apart by population, then labels them with their département', () => {
    const ranked = rankCommunes(FRANCE, 'civray', none);
    expect(codes(ranked)).toEqual(['86078', '18066']);
    expect(ranked.map(communeChoiceLabel)).toEqual(['Civray (86)', 'Civray (18)']);
    expect(communeChoiceLabel({ ...ranked[0]!, inTerritory: true })).toBe('Civray');
  });

  it('finds a commune by postcode or INSEE code, exact before partial, Corsica included', () => {
    expect(codes(rankCommunes(FRANCE, '02000', none))).toEqual(['02408']);
    expect(codes(rankCommunes(FRANCE, '02408', none))).toEqual(['02408']);
    expect(codes(rankCommunes(FRANCE, '862', none))).toEqual(['86227']);
    expect(codes(rankCommunes(FRANCE, '86', none))).toEqual(['86078', '86227']);
    expect(codes(rankCommunes(FRANCE, '2a004', none))).toEqual(['2A004']);
    expect(codes(rankCommunes(FRANCE, '20090', none))).toEqual(['2A004']);
    expect(rankCommunes(FRANCE, '99999', none)).toEqual([]);
  });

  it('ignores accents, capitals and hyphens; an empty query matches nothing', () => {
    expect(codes(rankCommunes(FRANCE, 'SAINT LAÔN', none))).toEqual(['86227']);
    expect(rankCommunes(FRANCE, '  ', none)).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(rankCommunes(FRANCE, 'laon', none, 2)).toHaveLength(2);
  });
});

describe('the commune search over the national reference', () => {
  const loudunais = getEpciDetail('248600447')!.communes;

  it('finds Laon (Aisne) by name or postcode from a territory of the Vienne, its own Saint-Laon first', () => {
    const byName = searchCommunes('Laon', allCommunes(), loudunais);
    expect(byName[0]).toMatchObject({ code: '86227', name: 'Saint-Laon', inTerritory: true });
    expect(byName[1]).toMatchObject({
      code: '02408',
      name: 'Laon',
      departement: '02',
      postcodes: ['02000'],
      inTerritory: false,
    });
    expect(communeChoiceLabel(byName[1]!)).toBe('Laon (02)');
    expect(searchCommunes('02000', allCommunes(), loudunais)[0]).toMatchObject({ code: '02408' });
  });

  it('proposes the territory’s communes by name when nothing is typed', () => {
    const all = searchCommunes('', allCommunes(), loudunais);
    expect(all).toHaveLength(loudunais.length);
    expect(all.every((choice) => choice.inTerritory)).toBe(true);
    expect(all.map((choice) => choice.name)).toEqual(loudunais.map((c) => c.name));
  });

  it('still finds a territory commune the reference no longer knows', () => {
    const merged = { code: '86999', name: 'Ancienne-Commune', postcodes: ['86200'] };
    const found = searchCommunes('ancienne', allCommunes(), [...loudunais, merged]);
    expect(found[0]).toMatchObject({ code: '86999', inTerritory: true, departement: '86' });
  });

  it('answers quickly enough to follow typing', () => {
    const started = performance.now();
    for (const query of ['l', 'la', 'lao', 'laon', '02', '020', '0200', '02000'])
      searchCommunes(query, allCommunes(), loudunais);
    expect((performance.now() - started) / 8).toBeLessThan(100);
  });
});
