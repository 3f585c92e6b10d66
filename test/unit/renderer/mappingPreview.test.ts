import { describe, expect, it } from 'vitest';
import { fieldPreview } from '../../../renderer/src/features/import/mappingPreview';

describe('the column wizard’s preview', () => {
  it('shows the address with its house number in front, as it will be stored', () => {
    const headers = ['Numéro', 'Voie', 'Commune'];
    const rows = [
      ['12', 'rue de la Paix', 'Mansle'],
      ['', 'Le Bourg', 'Tusson'],
      ['4', '4 place du Marché', 'Luxé'],
    ];
    const mapping = { houseNumber: 'Numéro', address: 'Voie', communeName: 'Commune' };
    expect(fieldPreview('address', headers, rows, mapping)).toBe(
      '12 rue de la Paix · Le Bourg · 4 place du Marché',
    );
    expect(fieldPreview('communeName', headers, rows, mapping)).toBe('Mansle · Tusson · Luxé');
    expect(fieldPreview('address', headers, rows, { address: 'Voie' })).toBe(
      'rue de la Paix · Le Bourg · 4 place du Marché',
    );
  });
});
