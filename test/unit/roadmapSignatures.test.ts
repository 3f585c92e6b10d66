import { describe, expect, it } from 'vitest';
import { electedOrganisation, prefilledSignature } from '../../electron/backend/roadmap/signaturePrefill';
import { member } from './roadmap/roadmapFixture';

describe('prefilledSignature', () => {
  it('signs an organisation through its first representative', () => {
    const row = prefilledSignature(
      {
        member: member(1, 'Association Le Lien', {
          representatives: [
            { name: 'Claire Martin', role: 'Présidente' },
            { name: 'Hugo Petit', role: null },
          ],
        }),
        mandate: null,
        communeName: 'Civray',
      },
      'CC du Civraisien en Poitou',
    );
    expect(row).toEqual({
      memberId: 1,
      organisation: 'Association Le Lien',
      signatory: 'Claire Martin',
      function: 'Présidente',
      signedOn: null,
      status: 'a_signer',
      edited: false,
    });
  });

  it('leaves the signatory empty when an organisation has no representative', () => {
    const row = prefilledSignature({ member: member(2, 'CAF'), mandate: null, communeName: null }, 'CC');
    expect(row).toMatchObject({ organisation: 'CAF', signatory: null, function: null });
  });

  it('has an elected official sign in person, for the body their mandate belongs to', () => {
    const mayor = prefilledSignature(
      { member: member(3, 'Nadia Roux', { kind: 'elected' }), mandate: 'Maire', communeName: 'Charroux' },
      'CC du Civraisien en Poitou',
    );
    expect(mayor).toMatchObject({
      organisation: 'Commune de Charroux',
      signatory: 'Nadia Roux',
      function: 'Maire',
    });
    expect(electedOrganisation('Vice-président·e', 'Civray', 'CC du Civraisien en Poitou')).toBe(
      'CC du Civraisien en Poitou',
    );
    expect(electedOrganisation('Conseiller·ère départemental·e', 'Civray', 'CC')).toBe('Département');
    expect(electedOrganisation(null, null, 'CC du Civraisien en Poitou')).toBe('CC du Civraisien en Poitou');
  });
});
