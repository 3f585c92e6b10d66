import { describe, expect, it } from 'vitest';
import {
  addressLine,
  coordinateInput,
  formatCoordinate,
  formatSiren,
  formatSiret,
  freshnessBadge,
  freshnessBanner,
  permanenceLine,
  truncateList,
} from '../../../renderer/src/features/actors/actorLabels';

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('an actor on screen', () => {
  it('shows a SIRET in groups, and leaves anything else as typed', () => {
    expect(formatSiret('43493312300029')).toBe(nbsp('434 933 123 00029'));
    expect(formatSiret('W123456789')).toBe('W123456789');
    expect(formatSiren('247900798')).toBe(nbsp('247 900 798'));
  });

  it('shows a coordinate to six decimals at most, and the form keeps every digit', () => {
    expect(formatCoordinate(44.6789998998257)).toBe('44,679');
    expect(formatCoordinate(6.0827890112737615)).toBe('6,082789');
    expect(formatCoordinate(46.15)).toBe('46,15');
    expect(formatCoordinate(-21.1151)).toBe('-21,1151');
    expect(coordinateInput(44.6789998998257)).toBe('44,6789998998257');
  });

  it('reads a permanence as one French line', () => {
    expect(
      permanenceLine({ communeName: 'Gençay', weekdays: ['Th', 'Tu'], schedule: '1er et 3e mardi du mois' }),
    ).toBe('Permanence à Gençay\u00a0: mardi, jeudi — 1er et 3e mardi du mois');
    expect(permanenceLine({ communeName: 'Gençay', weekdays: ['Mo'], schedule: '  ' })).toBe(
      'Permanence à Gençay\u00a0: lundi',
    );
  });

  it('joins an address, leaving out what is missing', () => {
    expect(
      addressLine({
        address: '1 place du Marché',
        addressComplement: null,
        postcode: '86160',
        communeName: 'Gençay',
      }),
    ).toBe('1 place du Marché, 86160 Gençay');
    expect(addressLine({ address: null, addressComplement: null, postcode: null, communeName: null })).toBe(
      '',
    );
  });

  it('keeps the first labels and counts the others', () => {
    expect(truncateList(['a', 'b', 'c'], 1)).toEqual({ shown: ['a'], more: 2 });
    expect(truncateList(['a'], 1)).toEqual({ shown: ['a'], more: 0 });
  });
});

describe('freshness', () => {
  it('puts no badge on a recent check, and grows more alarming with age', () => {
    expect(freshnessBadge('recent')).toBeNull();
    // The range of each class, as the filter and the Diagnostic say it: 12 to 18 months is not « plus de 12 ».
    expect(freshnessBadge('over12')?.label).toBe('12 à 18 mois');
    expect(freshnessBadge('over18')?.label).toBe('Plus de 18 mois');
    expect(freshnessBadge('over12')?.tone).toBe('warning');
    expect(freshnessBadge('over18')?.tone).toBe('danger');
    expect(freshnessBadge('never')).toEqual({ label: 'Jamais vérifiée', tone: 'muted' });
  });

  it('tells on the actor page when the record was last checked', () => {
    expect(freshnessBanner('over12', '2025-04-05')).toEqual({
      tone: 'warning',
      text: `Fiche à vérifier\u00a0: dernière vérification le ${nbsp('5 avril')} 2025, il y a 12 à 18 mois.`,
    });
    expect(freshnessBanner('over18', '2024-01-01')?.tone).toBe('error');
    expect(freshnessBanner('over18', '2024-01-01')?.text).toContain('1er\u00a0janvier 2024');
    expect(freshnessBanner('never', null)?.tone).toBe('info');
    expect(freshnessBanner('recent', '2026-04-01')).toBeNull();
  });
});
