import { describe, expect, it } from 'vitest';
import { matchTerritory } from '../../../electron/backend/interop/import/territoryMatch';

const MARSEILLE = { code: '13055', name: 'Marseille', postcodes: ['13001', '13002', '13015'] };
const ANNECY = { code: '74010', name: 'Annecy', postcodes: ['74000', '74370', '74600', '74940', '74960'] };
const SAINT_ETIENNE = { code: '04178', name: 'Saint-Étienne-les-Orgues', postcodes: ['04230'] };
const communes = [MARSEILLE, ANNECY, SAINT_ETIENNE];

describe('is a row on the territory?', () => {
  it('resolves Paris, Lyon and Marseille arrondissement codes to their commune', () => {
    expect(matchTerritory({ inseeCode: '13215', postcode: '', communeName: '' }, communes)).toEqual({
      kind: 'inside',
      code: '13055',
      note: 'Le code INSEE 13215 (Marseille 15e Arrondissement) est rattaché à Marseille (13055).',
      via: 'inseeCode',
    });
  });

  it('resolves the old code of a commune merged into a commune nouvelle', () => {
    // Seynod (74268) was merged into Annecy in 2017.
    expect(matchTerritory({ inseeCode: '74268', postcode: '', communeName: '' }, communes)).toMatchObject({
      kind: 'inside',
      code: '74010',
    });
  });

  it('falls back on the postcode and the name, accent-, case- and abbreviation-free', () => {
    expect(
      matchTerritory({ inseeCode: '', postcode: '4230', communeName: 'ST-ETIENNE-LES-ORGUES' }, communes),
    ).toEqual({ kind: 'inside', code: '04178', note: null, via: 'communeName' });
    expect(
      matchTerritory({ inseeCode: '', postcode: '13002', communeName: 'Marseille' }, communes),
    ).toMatchObject({
      code: '13055',
    });
  });

  it('leaves out rows elsewhere, and cannot place a row with nothing to go on', () => {
    expect(
      matchTerritory({ inseeCode: '84007', postcode: '84000', communeName: 'Avignon' }, communes),
    ).toEqual({
      kind: 'outside',
      reason: 'Code INSEE 84007 (Avignon) hors du territoire.',
    });
    expect(matchTerritory({ inseeCode: '', postcode: '84000', communeName: 'Avignon' }, communes).kind).toBe(
      'outside',
    );
    expect(matchTerritory({ inseeCode: '', postcode: '', communeName: '' }, communes).kind).toBe('unknown');
  });
});
