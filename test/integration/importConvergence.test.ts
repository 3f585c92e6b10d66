import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

/** Importing never doubles, overwrites or drifts: duplicate ids, re-imports, Maillage's own export. */

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '../fixtures/import');
const COEUR_DE_CHARENTE = '200072023';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

function open(): void {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
}

const file = (fileName: string, content: string | Buffer) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function importFile(input: { fileName: string; contentBase64: string }) {
  const job = await waitForImport(backend!, await ok('import.start', input));
  expect(job.state).toBe('done');
  return job;
}

const count = (table: string) =>
  (backend!.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every actor and place as stored, less the write times. */
const snapshot = () => ({
  actors: backend!.ctx.sqlite
    .prepare(
      'SELECT id, name, siret, address, postcode, commune_code, latitude, longitude, website, notes FROM actor ORDER BY id',
    )
    .all(),
  places: backend!.ctx.sqlite
    .prepare(
      'SELECT id, actor_id, name, address, postcode, commune_code, latitude, longitude, source, external_id FROM place ORDER BY id',
    )
    .all(),
});

describe('two rows with the same id in one file', () => {
  it('imports the first, rejects the second naming both lines, and never mixes them', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const csv = [
      'id;nom;siret;adresse;code_postal;commune',
      'lieu-1;Médiathèque de Mansle;;Place du Gardoire;16230;Mansle-les-Fontaines',
      'lieu-2;Mairie de Luxé;;Place de la Mairie;16230;Luxé',
      'lieu-1;Association Les Amis du Numérique;49236591500018;3 rue de la Gare;16140;Aigre',
    ].join('\n');
    const preview = await ok('import.preview', file('doublons.csv', csv));
    expect(preview.counts).toMatchObject({ total: 3, create: 2, update: 0, rejected: 1 });
    expect(preview.rejected).toEqual([
      {
        line: 4,
        field: 'id',
        reason:
          'Identifiant «\u00a0lieu-1\u00a0» déjà utilisé ligne 2\u00a0: cette ligne est écartée, seule la première est importée. Donnez-lui un identifiant propre pour l’importer.',
      },
    ]);
    await importFile(file('doublons.csv', csv));
    const names = backend!.ctx.sqlite
      .prepare('SELECT name, siret, commune_code FROM actor ORDER BY id')
      .all();
    expect(names).toEqual([
      { name: 'Médiathèque de Mansle', siret: null, commune_code: '16206' },
      { name: 'Mairie de Luxé', siret: null, commune_code: '16196' },
    ]);
  });
});

describe('an actor whose SIRET is on several rows (the 9 stops of the Bus France Services in Cœur de Charente)', () => {
  it('is stable from the first re-import on: the same file again changes nothing', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const bus = file('bus.json', readFileSync(join(FIXTURES, 'bus-france-services-charente.json')));
    const first = await importFile(bus);
    expect(first.counts).toMatchObject({ create: 1, merge: 8, outside: 3 });
    expect(count('actor')).toBe(1);
    expect(count('place')).toBe(9);
    const afterFirst = snapshot();
    // The actor holds its first stop's address and commune (Saint-Fraigne), not the last one's.
    expect(afterFirst.actors[0]).toMatchObject({ address: 'Rue du Chant du Coq', commune_code: '16317' });

    const again = await ok('import.preview', bus);
    expect(again.counts).toMatchObject({ create: 0, merge: 0, update: 9, outside: 3 });
    await importFile(bus);
    expect(snapshot()).toEqual(afterFirst);
    await importFile(bus);
    expect(snapshot()).toEqual(afterFirst);
  });

  it('converges whatever the order of the rows', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const rows = JSON.parse(
      readFileSync(join(FIXTURES, 'bus-france-services-charente.json'), 'utf8'),
    ) as object[];
    await importFile(file('bus.json', JSON.stringify(rows)));
    const afterFirst = snapshot();
    await importFile(file('bus.json', JSON.stringify([...rows].reverse())));
    expect(snapshot()).toEqual(afterFirst);
  });
});

describe('a re-import of a file already imported', () => {
  it('writes only the rows that change something: the others keep their date of change', async () => {
    const path = join(tempDir(), 'maillage.sqlite');
    const csv = [
      'id;nom;adresse;code_postal;commune;services',
      'lieu-1;Médiathèque de Mansle;Place du Gardoire;16230;Mansle-les-Fontaines;Aide aux démarches administratives|Accès internet et matériel informatique',
      'lieu-2;Mairie de Luxé;Place de la Mairie;16230;Luxé;Accès internet et matériel informatique|Aide aux démarches administratives',
    ].join('\n');
    const updatedAt = () =>
      backend!.ctx.sqlite.prepare('SELECT name, updated_at FROM actor ORDER BY id').all();
    backend = createBackend({ databasePath: path, clock: frozenClock('2026-04-05T10:00:00Z') });
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    await importFile(file('lieux.csv', csv));
    await backend.close();

    backend = createBackend({ databasePath: path, clock: frozenClock('2026-05-01T10:00:00Z') });
    // The same rows, their services in another order: nothing to write.
    const reordered = csv.replace(
      'Aide aux démarches administratives|Accès internet et matériel informatique',
      'Accès internet et matériel informatique|Aide aux démarches administratives',
    );
    expect((await ok('import.preview', file('lieux.csv', reordered))).counts).toMatchObject({ update: 2 });
    await importFile(file('lieux.csv', reordered));
    expect(updatedAt()).toEqual([
      { name: 'Médiathèque de Mansle', updated_at: '2026-04-05T10:00:00.000Z' },
      { name: 'Mairie de Luxé', updated_at: '2026-04-05T10:00:00.000Z' },
    ]);
    // A new name on one row: that actor is written, the other is not.
    await importFile(
      file('lieux.csv', reordered.replace('Mairie de Luxé', 'Mairie de Luxé (salle du conseil)')),
    );
    expect(updatedAt()).toEqual([
      { name: 'Médiathèque de Mansle', updated_at: '2026-04-05T10:00:00.000Z' },
      { name: 'Mairie de Luxé (salle du conseil)', updated_at: '2026-05-01T10:00:00.000Z' },
    ]);
  });
});

describe('Maillage’s own export, imported into the database that wrote it', () => {
  it('updates every place it came from: no place doubled, nothing created', async () => {
    open();
    await ok('territory.createDemo', {});
    await importFile(file('bus.json', readFileSync(join(FIXTURES, 'standard-v1-exemple-valide.csv'))));
    const actors = count('actor');
    const places = count('place');
    const records = () =>
      backend!.ctx.sqlite.prepare('SELECT id, name, updated_at FROM actor ORDER BY id').all();
    const before = records();
    const exported = await ok('export.file', { format: 'standardCsv', filters: {} });
    expect(exported.rowCount).toBeGreaterThan(10);

    const preview = await ok('import.preview', file(exported.fileName, exported.content));
    expect(preview.counts.create).toBe(0);
    expect(preview.counts.merge).toBe(0);
    expect(preview.counts.update).toBe(exported.rowCount);
    await importFile(file(exported.fileName, exported.content));
    expect(count('actor')).toBe(actors);
    expect(count('place')).toBe(places);
    // And the export of the result has the same rows, under the same ids.
    const ids = (csv: string) =>
      csv
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort();
    const again = await ok('export.file', { format: 'standardCsv', filters: {} });
    expect(again.rowCount).toBe(exported.rowCount);
    expect(ids(again.content)).toEqual(ids(exported.content));
    // Nothing changed at all: an actor whose place has another name (« Agence postale communale » of the
    // « Agence postale communale de Champagné-Saint-Hilaire ») keeps its name, read from `structure_parente`,
    // and no record is rewritten.
    expect(records()).toEqual(before);
    expect(again.content).toBe(exported.content);
  });
});

describe('hours written in French in the file', () => {
  it('are the same hours at the next import of the same file: « déjà à jour », nothing written', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const csv = [
      'nom;adresse;code_postal;commune;horaires',
      'Médiathèque de Mansle;Place du Gardoire;16230;Mansle-les-Fontaines;du lundi au vendredi de 9h à 12h et de 14h à 18h',
      'Mairie de Luxé;Place de la Mairie;16230;Luxé;Mo-Fr 09:00-12:00',
    ].join('\n');
    await importFile(file('horaires.csv', csv));
    // Stored in the OpenStreetMap form the French reads as.
    expect(
      backend!.ctx.sqlite
        .prepare("SELECT opening_hours FROM place WHERE name = 'Médiathèque de Mansle'")
        .pluck()
        .get(),
    ).toBe('Mo-Fr 09:00-12:00,14:00-18:00');
    const written = backend!.ctx.sqlite.prepare('SELECT id, updated_at FROM actor ORDER BY id').all();

    const again = await ok('import.preview', file('horaires.csv', csv));
    expect(again.counts).toMatchObject({ create: 0, update: 2, upToDate: 2 });
    const job = await importFile(file('horaires.csv', csv));
    expect(job.unchanged).toBe(2);
    expect(backend!.ctx.sqlite.prepare('SELECT id, updated_at FROM actor ORDER BY id').all()).toEqual(
      written,
    );
  });
});
