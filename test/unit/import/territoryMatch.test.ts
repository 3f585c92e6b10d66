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

  it('names each former commune of a commune nouvelle, whether or not it is listed among its former codes', () => {
    const valence = { code: '86082', name: 'Valence-en-Poitou', postcodes: ['86700'] };
    const match = (inseeCode: string) =>
      matchTerritory({ inseeCode, postcode: '', communeName: '' }, [valence]);
    expect(match('86043')).toMatchObject({
      kind: 'inside',
      note: 'Le code INSEE 86043 (Ceaux-en-Couhé) est rattaché à Valence-en-Poitou (86082).',
    });
    expect(match('86188')).toMatchObject({
      kind: 'inside',
      note: 'Le code INSEE 86188 (Payré) est rattaché à Valence-en-Poitou (86082).',
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

  it('leaves out a commune of the next département served by a postcode of this one', () => {
    // Venterol (04234, Alpes-de-Haute-Provence) uses 05130, as Tallard does: not a commune « inconnue ».
    const tallard = [{ code: '05170', name: 'Tallard', postcodes: ['05130'] }];
    expect(matchTerritory({ inseeCode: '', postcode: '5130', communeName: 'VENTEROL' }, tallard)).toEqual({
      kind: 'outside',
      reason: 'Commune «\u00a005130 VENTEROL\u00a0» (Venterol, 04234) hors du territoire.',
    });
  });
});

describe('a commune name read with a damaged character (« � », a badly encoded file)', () => {
  const GAP = [
    { code: '05037', name: 'Châteauvieux', postcodes: ['05000'] },
    { code: '05092', name: 'Neffes', postcodes: ['05000'] },
    { code: '05100', name: 'Pelleautier', postcodes: ['05000'] },
    { code: '05061', name: 'Gap', postcodes: ['05000', '05010'] },
    { code: '05071', name: 'Lardier-et-Valença', postcodes: ['05110'] },
  ];
  const LE_CRES = [{ code: '34090', name: 'Le Crès', postcodes: ['34920'] }];

  it('takes the one commune the name fits, each « � » standing for a letter, and says so on the line', () => {
    expect(
      matchTerritory({ inseeCode: '', postcode: '5000', communeName: 'CH\uFFFDTEAUVIEUX' }, GAP),
    ).toEqual({
      kind: 'inside',
      code: '05037',
      note: 'Nom de commune «\u00a0CH\uFFFDTEAUVIEUX\u00a0» lu avec un caractère abîmé (encodage du fichier)\u00a0: commune retenue Châteauvieux (05037).',
      via: 'communeName',
    });
    expect(
      matchTerritory({ inseeCode: '', postcode: '5110', communeName: 'LARDIER-ET-VALEN\uFFFDA' }, GAP),
    ).toMatchObject({ kind: 'inside', code: '05071' });
    // Le Crès (34920) and Le Cros (34520): the postcode decides.
    expect(
      matchTerritory({ inseeCode: '', postcode: '34920', communeName: 'Le Cr\uFFFDs' }, LE_CRES),
    ).toMatchObject({ kind: 'inside', code: '34090' });
  });

  it('blames the file’s encoding, not an old commune, when the name fits several communes or none', () => {
    const several = matchTerritory(
      { inseeCode: '', postcode: '34000', communeName: 'Le Cr\uFFFDs' },
      LE_CRES,
    );
    expect(several).toEqual({
      kind: 'unknown',
      reason:
        'Le nom de commune «\u00a0Le Cr\uFFFDs\u00a0» contient un caractère illisible («\u00a0\uFFFD\u00a0»)\u00a0: l’encodage du fichier est abîmé, et ce nom peut désigner Le Crès (34090) ou Le Cros (34091). Indiquez le code INSEE, ou demandez le fichier enregistré en UTF-8.',
    });
    const none = matchTerritory(
      { inseeCode: '', postcode: '5000', communeName: 'LE HAMEAU D\uFFFDEN HAUT' },
      GAP,
    );
    expect(none.kind).toBe('unknown');
    expect(none.kind !== 'inside' && none.reason).toBe(
      'Le nom de commune «\u00a0LE HAMEAU D\uFFFDEN HAUT\u00a0» contient un caractère illisible («\u00a0\uFFFD\u00a0»)\u00a0: l’encodage du fichier est abîmé, et aucune commune ne correspond à ce nom dans le département du code postal 05000. Indiquez le code INSEE, ou demandez le fichier enregistré en UTF-8.',
    );
  });

  it('leaves out a damaged name that fits one commune elsewhere', () => {
    expect(
      matchTerritory({ inseeCode: '', postcode: '4000', communeName: 'DIGNE-LES-B\uFFFDINS' }, GAP),
    ).toEqual({
      kind: 'outside',
      reason: 'Commune «\u00a004000 DIGNE-LES-B\uFFFDINS\u00a0» (Digne-les-Bains, 04070) hors du territoire.',
    });
  });
});
