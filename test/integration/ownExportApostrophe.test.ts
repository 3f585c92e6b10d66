import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

/**
 * Our own export comes back « déjà à jour » whichever apostrophe its `source` writes the territory's name
 * with: files exported before the display name took the typographic one (migration 024) say
 * « Métropole d'Aix-Marseille-Provence », newer ones « Métropole d’Aix-Marseille-Provence ».
 */

const t = useActorsBackend();
const file = (content: string) => ({
  fileName: 'export.csv',
  contentBase64: Buffer.from(content).toString('base64'),
});

describe('our own export of a territory whose name has an apostrophe', () => {
  it('is recognised with either apostrophe, every row already up to date', async () => {
    t.open({ territory: false });
    await t.ok('territory.choose', { siren: '200054807' });
    await t.create({
      name: 'Espace numérique de Berre',
      roles: ['lieu_mediation'],
      places: [
        {
          name: 'Médiathèque de Berre',
          address: '1 cours Mirabeau',
          communeCode: '13014',
          postcode: '13130',
        },
      ],
    });
    const exported = (await t.ok('export.file', { format: 'standardCsv', filters: {} })).content;
    expect(exported).toContain('Métropole d’Aix-Marseille-Provence');
    expect(exported).toContain("Berre-l'Étang");

    const older = exported.replaceAll('Métropole d’Aix', "Métropole d'Aix");
    for (const content of [exported, older]) {
      const preview = await t.ok('import.preview', file(content));
      expect(preview.counts).toMatchObject({ total: 1, create: 0, update: 1, upToDate: 1 });
      expect(preview.absent.total).toBe(0);
    }
  });
});
