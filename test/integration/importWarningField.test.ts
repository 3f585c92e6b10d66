import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

/**
 * A warning names the column its value was read from: a commune's name nobody knows, read through the only
 * commune of its postcode, is said on « commune », not on « code_postal » (a first launch on a real EPCI
 * found « champ « code_postal » : « LA SEYNES SUR MER » inconnu du référentiel… »).
 */

const t = useActorsBackend();

describe('a commune name unknown to the reference, read through its postcode', () => {
  it('is said on the commune’s column', async () => {
    t.open();
    const csv = ['nom;code_postal;commune', 'Médiathèque du centre;38000;GRENOBEL CENTRE'].join('\n');
    const preview = await t.ok('import.preview', {
      fileName: 'lieux.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    expect(preview.counts.create).toBe(1);
    const warning = preview.warnings.find((w) => w.reason.includes('inconnu du référentiel'))!;
    expect(warning).toMatchObject({ line: 2, field: 'commune' });
    expect(warning.reason).toContain('seule commune au code postal 38000');
  });
});
