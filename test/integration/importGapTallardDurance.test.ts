import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';

/**
 * A producer's CSV as the field sends it to the CA Gap-Tallard-Durance (Hautes-Alpes): semicolons, no
 * identifier column, postcodes without their leading zero (« 5000 »), accents damaged by the encoding.
 */

const t = useActorsBackend();
const GAP_TALLARD_DURANCE = '200067825';
const HEADER = 'nom;adresse_rue;adresse_code_postal;adresse_code_insee;adresse_commune;adresse_departement';

const file = (fileName: string, rows: string[]) => ({
  fileName,
  contentBase64: Buffer.from([HEADER, ...rows].join('\n')).toString('base64'),
});

async function open(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.choose', { siren: GAP_TALLARD_DURANCE });
}

async function importFile(input: { fileName: string; contentBase64: string }) {
  const job = await waitForImport(t.backend, await t.ok('import.start', input));
  expect(job.state).toBe('done');
  return job;
}

/** The places named so: commune and id, ordered by commune. */
function places(name: string) {
  return t.backend.ctx.sqlite
    .prepare(
      'SELECT commune_code AS commune, external_id AS id FROM place WHERE name = ? ORDER BY commune_code',
    )
    .all(name) as { commune: string; id: string }[];
}

const LIBRARIES = [
  'Bibliothèque;le village;5000;;NEFFES;Hautes-Alpes',
  'Bibliothèque;le village;5000;;CHATEAUVIEUX;Hautes-Alpes',
  'Bibliothèque;le village;5000;;PELLEAUTIER;Hautes-Alpes',
];

describe('rows without an identifier', () => {
  it('imports same-named places of three communes under one postcode', async () => {
    await open();
    const preview = await t.ok('import.preview', file('bibliotheques.csv', LIBRARIES));
    expect(preview.rejected).toEqual([]);
    expect(preview.counts).toMatchObject({ total: 3, create: 3, rejected: 0, outside: 0 });
    await importFile(file('bibliotheques.csv', LIBRARIES));
    expect(places('Bibliothèque').map((place) => place.commune)).toEqual(['05037', '05092', '05100']);
  });

  it('still rejects a true duplicate: same name, postcode and commune', async () => {
    await open();
    const preview = await t.ok('import.preview', file('bibliotheques.csv', [...LIBRARIES, LIBRARIES[1]!]));
    expect(preview.counts).toMatchObject({ total: 4, create: 3, rejected: 1 });
    expect(preview.rejected[0]!.reason).toMatch(
      /^Même nom et même code postal que la ligne 3, sans identifiant/,
    );
  });

  it('updates a place imported with the id made before the commune was part of it', async () => {
    await open();
    // Imported earlier, when only the first of the three libraries could be: its id had no commune.
    await importFile(file('bibliotheques.csv', [LIBRARIES[1]!]));
    t.backend.ctx.sqlite
      .prepare("UPDATE place SET external_id = 'nom:bibliotheque:05000' WHERE name = 'Bibliothèque'")
      .run();

    const preview = await t.ok('import.preview', file('bibliotheques.csv', LIBRARIES));
    // Neffes comes first in the file, with the same old id: it does not take Châteauvieux's place.
    expect(preview.counts).toMatchObject({ total: 3, create: 2, update: 1, rejected: 0 });
    await importFile(file('bibliotheques.csv', LIBRARIES));
    // The place of Châteauvieux keeps its id (an update leaves it); the two new ones get the new ids.
    expect(places('Bibliothèque')).toEqual([
      { commune: '05037', id: 'nom:bibliotheque:05000' },
      { commune: '05092', id: 'nom:bibliotheque:05000:neffes' },
      { commune: '05100', id: 'nom:bibliotheque:05000:pelleautier' },
    ]);
    expect(t.count('actor')).toBe(3);

    // And every later import of the same file finds all three again.
    const again = await t.ok('import.preview', file('bibliotheques.csv', LIBRARIES));
    expect(again.counts).toMatchObject({ total: 3, create: 0, update: 3 });
  });
});

describe('rows outside the territory', () => {
  it('are « hors du territoire », never duplicates counted as errors', async () => {
    await open();
    // Twice the same village library of the Alpes-de-Haute-Provence, outside the agglomeration.
    const outside = 'Bibliothèque;le village;4000;;LA-ROBINE-SUR-GALABRE;Alpes-de-Haute-Provence';
    const preview = await t.ok('import.preview', file('paca.csv', [outside, outside, LIBRARIES[0]!]));
    expect(preview.counts).toMatchObject({ total: 3, create: 1, rejected: 0, outside: 2 });
    expect(preview.rejected).toEqual([]);
    expect(preview.outside.map((problem) => problem.line)).toEqual([2, 3]);
  });
});

describe('a JSON file', () => {
  it('is reported in records (« fiches »), not in lines', async () => {
    await open();
    const library = {
      nom: 'Bibliothèque',
      adresse_rue: 'le village',
      adresse_code_postal: '05000',
      adresse_commune: 'NEFFES',
    };
    const json = JSON.stringify([library, library], null, 2);
    const preview = await t.ok('import.preview', {
      fileName: 'lieux.json',
      contentBase64: Buffer.from(json).toString('base64'),
    });
    expect(preview.fileKind).toBe('json');
    expect(preview.counts).toMatchObject({ total: 2, create: 1, rejected: 1 });
    expect(preview.rejected[0]!.reason).toBe(
      'Même nom et même code postal que la fiche n°\u00a01, sans identifiant pour les distinguer\u00a0: cette fiche est écartée, seule la première est importée. Ajoutez un champ d’identifiants pour importer les deux.',
    );
  });
});
