import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

/**
 * Property (issue 14): importing any permutation of a file's rows, any of them repeated, gives the same
 * directory as the file itself, into a new database; and importing it again changes nothing. Eight rows in
 * Cœur de Charente, three of them under one SIRET (an itinerant bus), one under another. Bounded and
 * deterministic: a fixed seed, 8 runs.
 */

const tempDir = useTempDir();
const COEUR_DE_CHARENTE = '200072023';
const BUS = fictitiousSiret('8123456780001');
const ASSOCIATION = fictitiousSiret('8123456780002');
const backends: Backend[] = [];

afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
});

const HEADER = 'id,pivot,nom,commune,code_postal,adresse,source,date_maj,services,telephone,site_web';
const ROWS = [
  `bus-10,${BUS},Bus numérique – Luxé,Luxé,16140,Place de la Mairie,cd16,2024-02-01,Aide aux démarches administratives,+33545000010,`,
  `bus-2,${BUS},Bus numérique – Mansle,Mansle-les-Fontaines,16230,Place du Gardoire,cd16,2024-03-01,Maîtrise des outils numériques du quotidien,+33545000002,https://bus.example.fr`,
  `bus-9,${BUS},Bus numérique – Aigre,Aigre,16140,Place du Champ de foire,cd16,,Aide aux démarches administratives,,https://autre.example.fr`,
  `asso-1,${ASSOCIATION},Association Les Amis du Numérique,Aigre,16140,3 rue de la Gare,cd16,2023-11-20,Accès internet et matériel informatique,+33545000011,`,
  `asso-2,${ASSOCIATION},Les Amis du Numérique – antenne,Mansle-les-Fontaines,16230,"2 rue du Temple, bâtiment B",cd16,2024-01-05,,,`,
  'mediatheque,,Médiathèque de Mansle,Mansle-les-Fontaines,16230,Place du Gardoire,cd16,2022-06-30,Loisirs et créations numériques,,',
  'mairie-luxe,,Mairie de Luxé,Luxé,16140,Place de la Mairie,cd16,,,+33545000012,',
  'ccas-aigre,,CCAS d’Aigre,Aigre,16140,1 place du Marché,cd16,2024-05-15,Aide aux démarches administratives,,',
];

let runs = 0;
function open(): Backend {
  const backend = createBackend({
    databasePath: join(tempDir(), `maillage-${runs++}.sqlite`),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  backends.push(backend);
  return backend;
}

const ok = callOk;

async function importRows(backend: Backend, rows: readonly string[]) {
  const input = {
    fileName: 'lieux.csv',
    contentBase64: Buffer.from([HEADER, ...rows].join('\n')).toString('base64'),
  };
  const job = await waitForImport(backend, await ok(backend, 'import.start', input));
  expect(job.state).toBe('done');
  return job;
}

/** The directory without its database ids: each actor with its tags, facets and places, in a fixed order. */
function directory(backend: Backend): string[] {
  const db = backend.ctx.sqlite;
  const actors = db
    .prepare(
      'SELECT id, name, siret, address, postcode, commune_code, website, last_verified_on, tags FROM actor WHERE deleted_at IS NULL',
    )
    .all() as { id: number }[];
  return actors
    .map(({ id, ...actor }) =>
      JSON.stringify({
        ...actor,
        facets: db
          .prepare(
            'SELECT f.kind, f.value FROM actor_facet af JOIN facet f ON f.id = af.facet_id WHERE af.actor_id = ? ORDER BY 1, 2',
          )
          .all(id),
        places: (
          db
            .prepare(
              `SELECT id, name, address, postcode, commune_code, phone, source, external_id, source_updated_on, tags
               FROM place WHERE actor_id = ? ORDER BY external_id`,
            )
            .all(id) as { id: number }[]
        ).map(({ id: _placeId, ...place }) => place),
      }),
    )
    .sort();
}

/** Every row at least once, some repeated, in any order. */
const shuffledWithRepeats = fc
  .array(fc.nat(ROWS.length - 1), { maxLength: 4 })
  .chain((repeats) => {
    const indices = [...ROWS.keys(), ...repeats];
    return fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length });
  })
  .map((indices) => indices.map((index) => ROWS[index]!));

describe('importing the rows of a file in any order, some repeated', () => {
  it('gives the same directory as the file, and a second import changes nothing', async () => {
    const reference = open();
    await ok(reference, 'territory.choose', { siren: COEUR_DE_CHARENTE });
    const first = await importRows(reference, ROWS);
    expect(first.counts).toMatchObject({ total: 8, create: 5, merge: 3, rejected: 0, outside: 0 });
    const expected = directory(reference);
    expect(expected).toHaveLength(5);
    // The bus is named after its row with the smallest id (bus-2), whatever the order.
    expect(expected.some((actor) => actor.includes('"name":"Bus numérique – Mansle"'))).toBe(true);

    await fc.assert(
      fc.asyncProperty(shuffledWithRepeats, async (rows) => {
        const backend = open();
        await ok(backend, 'territory.choose', { siren: COEUR_DE_CHARENTE });
        const job = await importRows(backend, rows);
        // A repeated row is rejected on its line, never imported twice.
        expect(job.counts.rejected).toBe(rows.length - ROWS.length);
        expect(directory(backend)).toEqual(expected);
        await importRows(backend, rows);
        expect(directory(backend)).toEqual(expected);
        await importRows(backend, ROWS);
        expect(directory(backend)).toEqual(expected);
        await backend.close();
        backends.splice(backends.indexOf(backend), 1);
      }),
      { seed: 14, numRuns: 8 },
    );
  }, 30_000);
});
