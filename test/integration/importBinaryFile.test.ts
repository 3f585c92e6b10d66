import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

/**
 * A file that is not text, whatever its name: Maillage's own workbook for Excel saved under a `.csv` name, as a
 * user who renamed it would send it. The import refuses it at once, says what it is and what to do, and writes
 * nothing, instead of reading its bytes as lines and refusing each one.
 */

const t = useActorsBackend();

describe('importing a workbook renamed .csv', () => {
  it('is refused as a workbook, in French, with nothing written', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const actors = (await t.ok('actors.list', { limit: 1 })).total;
    const workbook = await t.ok('export.file', { format: 'spreadsheet' });
    const refusal = await t.failure('import.preview', {
      fileName: 'annuaire.csv',
      contentBase64: workbook.content,
    });
    expect(refusal.message).toBe(
      'Ce fichier est un classeur (Excel ou LibreOffice) ou une archive ZIP, pas un fichier CSV ni JSON\u00a0: rien n’a été importé. Ouvrez-le dans votre tableur, enregistrez-le au format CSV, puis importez ce CSV.',
    );
    expect((await t.ok('actors.list', { limit: 1 })).total).toBe(actors);
  });
});
