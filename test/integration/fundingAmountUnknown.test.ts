import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx, tablesOf } from './support/readDocx';
import { useTempDir } from './support/tempDir';
import { versionBefore, writeDatabaseAtVersion } from './support/databaseAtVersion';

/**
 * A funding line whose amount is not known yet (the DETR « envisagé » before anyone says how much): kept as not
 * known, written « montant non renseigné » in the feuille de route, never « 0 € » beside « aucun financement
 * inscrit » (found by a screen tour: the line added without an amount was stored as 0 €).
 */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const tempDir = useTempDir();
const api = useActorsBackend();
const AT = versionBefore('roadmap_funding_new');

describe('a funding line without an amount', () => {
  it('is kept as not known, and the feuille de route says so in its summary, fiche and tables', async () => {
    api.open();
    await api.ok('roadmap.updateText', { purpose: 'Que personne ne reste seul face au numérique.' });
    const chantier = await api.ok('roadmap.saveChantier', { title: 'Aller vers les publics éloignés' });
    const saved = await api.ok('roadmap.saveAction', {
      chantierId: chantier.id,
      title: 'Permanences itinérantes',
      fundings: [{ source: 'detr', amount: null, status: 'envisage' }],
    });
    const action = saved.roadmap.chantiers[0]!.actions[0]!;
    expect(action.fundings.map((line) => [line.source, line.amount])).toEqual([['detr', null]]);

    const docx = readDocx(
      (await api.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain('financements prévus : 1 ligne, montant non renseigné');
    expect(text).not.toContain('aucun financement inscrit');
    expect(text).toContain('DETR : montant non renseigné (envisagé)');
    expect(text).not.toMatch(/DETR : 0 €/);
    const bySource = tablesOf(docx.document).find((table) => table.rows[0]![0] === 'Financeur')!;
    expect(bySource.rows.slice(1).map((row) => row.map(plain))).toEqual([
      ['DETR', 'non renseigné', '0 €'],
      ['Total', 'non renseigné', '0 €'],
    ]);
  });

  it('says what remains to be found as « au plus » while an acquired line has no amount', async () => {
    api.open();
    await api.ok('roadmap.updateText', { context: 'Le territoire commence sa feuille de route.' });
    const chantier = await api.ok('roadmap.saveChantier', { title: 'Aller vers les publics éloignés' });
    await api.ok('roadmap.saveAction', {
      chantierId: chantier.id,
      title: 'Permanences itinérantes',
      budget: 20000,
      fundings: [
        { source: 'detr', amount: null, status: 'acquis' },
        { source: 'epci', amount: 5000, status: 'envisage' },
      ],
    });
    const note = plain(
      readDocx(
        (await api.ok('documents.build', { kind: 'noteSynthese', options: {} })).contentBase64,
      ).paragraphs.join('\n'),
    );
    expect(note).toContain('Valider le plan de financement : au plus 20 000 € restent à trouver');
    expect(note).not.toContain('dont 0 € acquis');
  });

  it('says of a body without members that it has none yet, not « réunit 0 membre »', async () => {
    api.open();
    const body = await api.ok('instances.save', {
      name: 'Comité de pilotage',
      kind: 'technique',
      frequency: 'trimestrielle',
    });
    await api.ok('roadmap.setInstance', { instanceId: body.id });
    await api.ok('roadmap.updateText', { purpose: 'Que personne ne reste seul face au numérique.' });
    const docx = readDocx(
      (await api.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain('L’instance « Comité de pilotage » ne compte encore aucun membre.');
    expect(text).not.toContain('0 membre');
  });

  it.each([AT, AT - 1])(
    'keeps every funding line of a file at schema %i, amounts included',
    async (version) => {
      const path = join(tempDir(), 'ancien.sqlite');
      writeDatabaseAtVersion(
        path,
        version,
        `INSERT INTO roadmap_chantier (id, position, title) VALUES (1, 0, 'Aller vers');
      INSERT INTO roadmap_action (id, chantier_id, position, title, publics, commune_codes, status, progress)
        VALUES (1, 1, 0, 'Permanences', '[]', '[]', 'en_cours', 40);
      INSERT INTO roadmap_funding (id, action_id, position, source, amount, status, note) VALUES
        (7, 1, 0, 'etat_fne', 12000, 'acquis', NULL),
        (9, 1, 1, 'epci', 0, 'envisage', 'Budget 2027');`,
      );
      const before = [
        { id: 7, action_id: 1, position: 0, source: 'etat_fne', amount: 12000, status: 'acquis', note: null },
        {
          id: 9,
          action_id: 1,
          position: 1,
          source: 'epci',
          amount: 0,
          status: 'envisage',
          note: 'Budget 2027',
        },
      ];

      const opened = openDatabase(path, { now: () => new Date('2026-12-08T10:00:00Z') });
      expect(opened.sqlite.prepare('SELECT * FROM roadmap_funding ORDER BY id').all()).toEqual(before);
      opened.sqlite.prepare('UPDATE roadmap_funding SET amount = NULL WHERE id = 9').run();
      expect(() =>
        opened.sqlite.prepare('UPDATE roadmap_funding SET amount = -1 WHERE id = 9').run(),
      ).toThrow(/CHECK/);
      // Deleting the action still deletes its lines (the foreign key came along).
      opened.sqlite.pragma('foreign_keys = ON');
      opened.sqlite.prepare('DELETE FROM roadmap_action WHERE id = 1').run();
      expect(opened.sqlite.prepare('SELECT COUNT(*) AS n FROM roadmap_funding').get()).toEqual({ n: 0 });
      await opened.close();
    },
  );
});
