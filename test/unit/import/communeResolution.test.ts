import { describe, expect, it } from 'vitest';
import {
  matchTerritory,
  type TerritoryCommuneRef,
} from '../../../electron/backend/interop/import/territoryMatch';
import { getEpciDetail } from '../../../electron/backend/territory/referenceData';

/**
 * Charente rows as the national cartographie's files write them, matched against territories built from the
 * real reference data (`@etalab/decoupage-administratif`), as `territory.choose` builds them.
 */

function territory(siren: string): TerritoryCommuneRef[] {
  return getEpciDetail(siren)!.communes.map(({ code, name, postcodes }) => ({ code, name, postcodes }));
}

const COEUR_DE_CHARENTE = territory('200072023');
const GRAND_ANGOULEME = territory('200071827');
const GRAND_COGNAC = territory('200070514');

const row = (communeName: string, postcode = '', inseeCode = '') => ({ inseeCode, postcode, communeName });

describe('commune names of the past, resolved to today’s commune', () => {
  it('reads a commune déléguée as the commune nouvelle it belongs to, and says so', () => {
    expect(matchTerritory(row('Mansle', '16230'), COEUR_DE_CHARENTE)).toEqual({
      kind: 'inside',
      code: '16206',
      note: '«\u00a0Mansle\u00a0» (commune déléguée) lu comme Mansle-les-Fontaines (16206).',
      via: 'communeName',
    });
    // Vars (16) is a commune déléguée of La Boixe; Vars (05) and Vars (70) are elsewhere: the postcode decides.
    expect(matchTerritory(row('VARS', '16330'), COEUR_DE_CHARENTE)).toMatchObject({
      kind: 'inside',
      code: '16393',
    });
    expect(matchTerritory(row('Montignac-Charente', '16330'), COEUR_DE_CHARENTE)).toMatchObject({
      kind: 'inside',
      code: '16393',
      note: expect.stringContaining('commune déléguée') as unknown,
    });
    expect(matchTerritory(row('Cherves-Richemont', '16370'), GRAND_COGNAC)).toMatchObject({
      kind: 'inside',
      code: '16097',
    });
  });

  it('reads a CEDEX postcode, or another commune’s postcode of the same département, through the name', () => {
    expect(matchTerritory(row('ANGOULEME CEDEX', '16016'), GRAND_ANGOULEME)).toEqual({
      kind: 'inside',
      code: '16015',
      note: 'Code postal 16016 (CEDEX ou code d’une autre commune)\u00a0: «\u00a0ANGOULEME CEDEX\u00a0» lu comme Angoulême (16015) d’après le nom de la commune.',
      via: 'communeName',
    });
    expect(matchTerritory(row('Angoulême', '16016 CEDEX 9'), GRAND_ANGOULEME)).toMatchObject({
      code: '16015',
    });
    // Luxé's own postcode is 16230; 16140 is Aigre's.
    expect(matchTerritory(row('Luxé', '16140'), COEUR_DE_CHARENTE)).toMatchObject({
      kind: 'inside',
      code: '16196',
    });
    // Valence (16460) is in Cœur de Charente; the Valence of the Drôme is not, whatever its postcode says.
    expect(matchTerritory(row('Valence', '26000'), COEUR_DE_CHARENTE).kind).toBe('outside');
  });

  it('reads abbreviations of the field (« St », « s/ ») and a name only one commune in France bears', () => {
    expect(matchTerritory(row('St Amant de Boixe', '16330'), COEUR_DE_CHARENTE)).toEqual({
      kind: 'inside',
      code: '16295',
      note: null,
      via: 'communeName',
    });
    expect(matchTerritory(row('Mansle-les-Fontaines'), COEUR_DE_CHARENTE)).toMatchObject({ code: '16206' });
    expect(matchTerritory(row('Mansle'), COEUR_DE_CHARENTE)).toMatchObject({ kind: 'inside', code: '16206' });
  });

  it('never guesses between namesakes, and says why the row is not placed', () => {
    const vars = matchTerritory(row('Vars'), COEUR_DE_CHARENTE);
    expect(vars).toEqual({
      kind: 'unknown',
      reason:
        'Plusieurs communes s’appellent «\u00a0Vars\u00a0» en France\u00a0: indiquez dans le fichier son code INSEE ou son code postal, puis importez-le de nouveau.',
    });
  });

  it('does not class « hors du territoire » an old name the reference has forgotten, under a postcode of the territory', () => {
    // Malaville merged into Bellevigne (16204) in 2017 and left no commune déléguée: the name is in no
    // reference, and 16120 is shared by 12 communes. The row is set aside with its reason, not called outside.
    const malaville = matchTerritory(row('Malaville', '16120'), GRAND_COGNAC);
    expect(malaville.kind).toBe('unknown');
    expect(malaville).toMatchObject({
      reason: expect.stringContaining('indiquez son code INSEE dans le fichier') as unknown,
    });
    // The territory's communes under that postcode are named with their code, Bellevigne among them.
    expect(malaville).toMatchObject({
      reason: expect.stringMatching(
        /partagé par 12 communes, dont .*Bellevigne \(16204\).* dans le territoire/,
      ) as unknown,
    });
    // With its INSEE code, it is exact: Bellevigne kept Malaville's code.
    expect(matchTerritory(row('Malaville', '16120', '16204'), GRAND_COGNAC)).toEqual({
      kind: 'inside',
      code: '16204',
      note: null,
      via: 'inseeCode',
    });
  });
});
