import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { monthlyCountsImport } from './support/monthlyCounts';
import { readDocx, tablesOf } from './support/readDocx';

/**
 * A table of monthly counts says nothing of the themes nor of where the people live: the diagnostic (screen and
 * Word) and the note de synthèse say so, and never turn it into « 0 % d’aide aux démarches » or « aucun
 * habitant accompagné » (found by a partial-data hunt).
 */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const api = useActorsBackend();

describe('activity imported as bare monthly counts', () => {
  it('gives no share of procedures and no commune « sans habitant accompagné »', async () => {
    api.open();
    const actor = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    await api.ok('activity.import', monthlyCountsImport(actor.id));
    const diagnostic = await api.ok('diagnostic.get', {});
    const figures = diagnostic.activity?.figures;
    expect(figures).toMatchObject({ accompaniments: 36, unknownTheme: 36, unknownResidence: 36 });

    const text = async (kind: 'diagnostic' | 'noteSynthese') =>
      plain(
        readDocx((await api.ok('documents.build', { kind, options: {} })).contentBase64).paragraphs.join(
          '\n',
        ),
      );
    const word = await text('diagnostic');
    expect(word).toContain(
      '36 accompagnements sur les 3 mois importés des 12 derniers par 1 structure, thèmes non renseignés',
    );
    expect(word).toContain(
      'Répartition par commune inconnue : la commune de résidence n’est connue pour aucun des 36 accompagnements.',
    );
    expect(word).not.toContain('Aucun habitant du territoire accompagné');
    expect(word).not.toMatch(/dont 0 % d’aide/);
    await api.ok('roadmap.updateText', { context: 'Le territoire commence sa feuille de route.' });
    const note = await text('noteSynthese');
    expect(note).toContain(
      '36 accompagnements sur les 3 mois importés des 12 derniers par 1 structure, thèmes non renseignés',
    );
    expect(note).not.toContain('Le plus d’habitants accompagnés');
    expect(note).not.toContain('aucun habitant');
  });

  it('writes the rapport d’activité’s unknown type and theme as unknown, on the screen’s figures too', async () => {
    api.open();
    const actor = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    await api.ok('activity.import', monthlyCountsImport(actor.id));
    const report = readDocx((await api.ok('activity.report', {})).contentBase64);
    const text = plain(report.paragraphs.join('\n'));
    expect(text).toContain('36 activités (individuelles ou collectives : non précisé).');
    expect(text).toContain(
      'La thématique des accompagnements n’est pas renseignée : la part de l’aide aux démarches administratives n’est pas connue.',
    );
    expect(text).not.toMatch(/0 accompagnement individuel|0 atelier collectif|0 accompagnement a porté/);
    const keyFigures = new Map(
      tablesOf(report.document)
        .find((table) => table.rows[0]?.[0] === 'Indicateur')!
        .rows.map((row) => [row[0], plain(row[1] ?? '')]),
    );
    expect(keyFigures.get('Accompagnements individuels')).toBe('non renseigné');
    expect(keyFigures.get('Ateliers collectifs')).toBe('non renseigné');
    expect(keyFigures.get('Accompagnements sur l’aide aux démarches administratives')).toBe('non renseigné');
    expect(keyFigures.get('Activités')).toBe('36');
    const months = tablesOf(report.document).find((table) => table.rows[0]?.[0] === 'Mois')!;
    expect(months.rows[0]).toEqual(['Mois', 'Type non précisé', 'Total']);
  });
});
