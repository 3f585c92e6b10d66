import { describe, expect, it } from 'vitest';
import { rowToActor } from '../../../electron/backend/interop/import/rowToActor';
import { validateRow } from '../../../electron/backend/interop/import/validateRow';
import { guessMapping } from '../../../electron/backend/interop/lieux-mediation/readMapping';
import { detectFormat, readTable } from '../../../electron/backend/interop/lieux-mediation/readTable';

/** What a row says that the directory cannot hold is named on its line and counted, never dropped silently. */

function readRow(csv: string) {
  const table = readTable(csv);
  const mapping = guessMapping(table.headers, table.records, detectFormat(table.headers));
  return { row: rowToActor(table.records[0]!, mapping, 'lieux.csv'), mapping };
}

describe('values left out of an imported row', () => {
  it('keeps the first phone, e-mail and site, and names the others', () => {
    const { row } = readRow(
      [
        'id,nom,telephone,courriels,site_web',
        'a,Médiathèque,+33545000001|+33545000002,a@example.fr|b@example.fr,https://a.example.fr|https://b.example.fr',
      ].join('\n'),
    );
    expect(row.actor.places[0]).toMatchObject({ phone: '+33545000001', email: 'a@example.fr' });
    expect(row.actor.website).toBe('https://a.example.fr');
    expect(row.leftOut).toEqual([
      { field: 'site_web', value: 'https://b.example.fr' },
      { field: 'telephone', value: '+33545000002' },
      { field: 'courriels', value: 'b@example.fr' },
    ]);
    expect(row.warnings.map((w) => w.reason)).toContain(
      'Plusieurs téléphones\u00a0: seule la première valeur est reprise\u00a0; laissée de côté\u00a0: «\u00a0+33545000002\u00a0».',
    );
  });

  it('names unknown typologies, and reads an Accès libre page written without its scheme', () => {
    const { row } = readRow(
      [
        'id,nom,typologie,fiche_acces_libre,presentation_resume,presentation_detail,date_maj',
        'a,Médiathèque,BIB|BIBLIO,acceslibre.beta.gouv.fr/app/16-mansle/a/bibliotheque/erp/m/,Court.,Long.,2024-06-30',
      ].join('\n'),
    );
    expect(row.actor.typologies).toEqual(['BIB']);
    expect(row.leftOut).toEqual([{ field: 'typologie', value: 'BIBLIO' }]);
    expect(row.origin).toEqual({
      sourceUpdatedOn: '2024-06-30',
      presentationSummary: 'Court.',
      presentationDetail: 'Long.',
      accessibilityUrl: 'https://acceslibre.beta.gouv.fr/app/16-mansle/a/bibliotheque/erp/m/',
    });
  });

  it('counts a value the directory’s rules refuse, with the value', () => {
    const { row, mapping } = readRow(['id,nom,courriels', 'a,Médiathèque,pas-un-courriel'].join('\n'));
    const checked = validateRow(row, mapping);
    expect(checked.ok && checked.leftOut).toEqual([{ field: 'courriels', value: 'pas-un-courriel' }]);
  });
});
