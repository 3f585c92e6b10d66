import { describe, expect, it } from 'vitest';
import { readTypologies } from '../../electron/backend/interop/lieux-mediation/readVocabularies';
import { typologiesOfName } from '../../electron/backend/interop/lieux-mediation/typologyNames';
import { TYPOLOGIES, TYPOLOGY_CODES } from '../../shared/vocabularies/typologies';

describe('a typology written as words', () => {
  it('is read by its label, whatever the accents, the case or the brackets', () => {
    for (const code of TYPOLOGY_CODES) expect(typologiesOfName(TYPOLOGIES[code]), code).toEqual([code]);
    expect(typologiesOfName('centre SOCIAL')).toEqual(['CS']);
    expect(typologiesOfName('Espace Public Numerique (EPN)')).toEqual(['EPN']);
  });

  // The national cartographie's `type_lieu` of 2022 (PACA producer file), as it comes, then read with « � ».
  it('reads the names another producer gives, damaged characters included', () => {
    expect(read('Bibliothèque / Médiathèque')).toEqual({ codes: ['BIB'], unknown: [] });
    expect(read('Biblioth\uFFFDque / M\uFFFDdiath\uFFFDque')).toEqual({ codes: ['BIB'], unknown: [] });
    expect(read('Tiers-lieu / Coworking / FabLab / Hackerspace').codes).toEqual(['TIERS_LIEUX']);
    expect(read('Tiers-lieu / Coworking / FabLab / Hackerspace/ Organisme de formations').codes).toEqual([
      'TIERS_LIEUX',
      'OF',
    ]);
    expect(read('Maison de Service au Public (MSAP)').codes).toEqual(['MSAP']);
    expect(read('Association').codes).toEqual(['ASSO']);
    expect(read('Commune').codes).toEqual(['MUNI']);
    expect(read('Organisme de formations').codes).toEqual(['OF']);
    expect(read('Centre social / Coworking').codes).toEqual(['CS', 'TIERS_LIEUX']);
    expect(read('Pr\uFFFDfecture et Sous-Pr\uFFFDfecture').codes).toEqual(['PREF']);
    expect(read('La Poste').codes).toEqual(['LA_POSTE']);
    expect(read('Intercommunalit\uFFFD (EPCI)').codes).toEqual(['EPCI']);
    expect(read('Point Information M\uFFFDdiation Multi Services (PIMMS)').codes).toEqual(['PIMMS']);
    expect(read('D\uFFFDpartement').codes).toEqual(['CD']);
    expect(read('D\uFFFDpartement (UTPAS, MDS, MDSI, UTAS\uFFFD)').codes).toEqual(['DEPT']);
    expect(read('Espace Public Num\uFFFDrique (EPN) / Coworking').codes).toEqual(['EPN', 'TIERS_LIEUX']);
  });

  it('leaves out, for a warning, what names no typology, whole', () => {
    expect(read('Autre / Inconnu')).toEqual({ codes: [], unknown: ['Autre / Inconnu'] });
    expect(read('Administration / Collectivit\uFFFD territoriale').unknown).toHaveLength(1);
    expect(read('Incubateur d’entreprises')).toEqual({ codes: [], unknown: ['Incubateur d’entreprises'] });
    expect(read('44.16334154675334').unknown).toEqual(['44.16334154675334']);
    // Codes as the standard writes them, and a code with a name in one cell.
    expect(read('TIERS_LIEUX|ASSO').codes).toEqual(['TIERS_LIEUX', 'ASSO']);
    expect(read('BIB|Centre social')).toEqual({ codes: ['BIB', 'CS'], unknown: [] });
  });
});

const read = (cell: string) => readTypologies(cell);
