import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { monthlyCountsImport } from './support/monthlyCounts';

/**
 * A table of monthly figures gives each month as one number: a period that cuts one of its months is refused,
 * whether it is the table's own import or a later import over it, since the month can only be kept or dropped
 * whole (found by a partial-data hunt: January dropped, March kept, April counted twice).
 */

const api = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('monthly figures and the import’s period', () => {
  it('refuses a period that cuts a month of a monthly table, and counts what it leaves out in activities', async () => {
    api.open();
    const actor = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    const cut = await api.failure('activity.import', {
      ...monthlyCountsImport(actor.id),
      periodStart: '2026-01-15',
      periodEnd: '2026-03-15',
    });
    expect(plain(cut.message)).toBe(
      '« comptes-mensuels.csv » donne des chiffres par mois : choisissez une période de mois entiers, du 1er d’un mois au dernier jour d’un mois (du 1er janvier au 31 mars 2026, par exemple).',
    );
    expect(api.count('activity_import')).toBe(0);
    const done = await api.ok('activity.import', {
      ...monthlyCountsImport(actor.id),
      periodEnd: '2026-02-28',
    });
    // March's 9 are left out: 9 activities, not « 1 activité » for its one row.
    expect(plain(done.preview.summary.join(' '))).toContain(
      '9 activités hors de la période choisie : non importées.',
    );
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(12 + 15);
  });

  it('refuses a later import whose period begins within a month the earlier table gives as one number', async () => {
    api.open();
    const actor = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    await api.ok('activity.import', monthlyCountsImport(actor.id));
    const coop = {
      fileName: 'coop-activites-mars-avril-2026.xlsx',
      contentBase64: readFileSync(
        join(__dirname, '../fixtures/activity/coop-activites-mars-avril-2026.xlsx'),
      ).toString('base64'),
      kind: 'coop' as const,
      actorId: actor.id,
    };
    const refused = await api.failure('activity.import', {
      ...coop,
      periodStart: '2026-03-10',
      periodEnd: '2026-04-30',
    });
    expect(plain(refused.message)).toBe(
      'L’import précédent « comptes-mensuels.csv » de cette structure donne mars 2026 en un seul chiffre : choisissez une période qui couvre tout mars 2026 ou n’en couvre rien.',
    );
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(36);
    // Whole months: March replaced by the export's, January and February kept.
    await api.ok('activity.import', { ...coop, periodStart: '2026-03-01', periodEnd: '2026-04-30' });
    const imports = await api.ok('activity.imports', {});
    expect(imports.map((entry) => [entry.fileName, entry.periodStart, entry.periodEnd])).toEqual([
      ['coop-activites-mars-avril-2026.xlsx', '2026-03-01', '2026-04-30'],
      ['comptes-mensuels.csv', '2026-01-01', '2026-02-28'],
    ]);
  });
});
