import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';

/**
 * Hours that do not read, in the Word annuaire for the mayors: free French text as it stands, OpenStreetMap
 * codes never (a first launch on a real EPCI found « Tu-Th 08:45-13:45 ; Mo 08:45-12:00-13:45 » printed).
 */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const t = useActorsBackend();

describe('hours that do not read, in the Word annuaire', () => {
  it('gives free French text as it stands, and no OpenStreetMap codes', async () => {
    t.open();
    const place = (name: string, openingHours: string) => ({ name, communeCode: '38185', openingHours });
    await t.create({
      name: 'CCAS de Grenoble',
      communeCode: '38185',
      places: [place('Accueil du CCAS', 'Tu-Th 08:45-13:45 ; Mo 08:45-12:00-13:45')],
    } as never);
    await t.create({
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
      places: [place('Médiathèque', 'du mardi au samedi')],
    } as never);
    const text = plain(
      readDocx(
        (await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64,
      ).paragraphs.join('\n'),
    );
    expect(text).toContain('Horaires (à confirmer auprès du lieu) : non lisibles');
    expect(text).not.toContain('Tu-Th');
    expect(text).toContain('Horaires (à confirmer auprès du lieu) : du mardi au samedi');
  });
});
