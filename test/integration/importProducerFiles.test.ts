import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import type { ActorDto } from '../../shared/actors/dto';
import { callOk } from './support/callOk';
import { waitForImport } from './support/importJob';
import { useTempDir } from './support/tempDir';

/**
 * Producer files as the field sends them (`test/fixtures/import/producteurs/`, the Bus France Services de
 * Charente in the shapes of the national cartographie's inputs), through the router into the CC Cœur de
 * Charente: the wizard guesses their columns and every row lands in its commune with its address and point.
 */

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '../fixtures/import/producteurs');
const COEUR_DE_CHARENTE = '200072023';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

async function open(): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
}

const file = (name: string) => ({
  fileName: name,
  contentBase64: readFileSync(join(FIXTURES, name)).toString('base64'),
});

/** Imports the file and answers its actors by name. */
async function imported(name: string): Promise<Map<string, ActorDto>> {
  const done = await waitForImport(backend!, await ok('import.start', file(name)));
  expect(done.state).toBe('done');
  const list = await ok('actors.list', { limit: 500 });
  const actors = await Promise.all(list.items.map((item) => ok('actors.get', { id: item.id })));
  return new Map(actors.map((actor) => [actor.name, actor]));
}

describe('a producer file with the house number in its own column', () => {
  it('guesses « Nom de la structure » and « Numéro », and joins the number to the street', async () => {
    await open();
    const preview = await ok('import.preview', file('numero-et-voie.csv'));
    expect(preview.mapping).toMatchObject({
      name: 'Nom de la structure',
      houseNumber: 'Numéro',
      address: 'Voie',
      postcode: 'Code postal',
      communeName: 'Commune',
    });
    expect(preview.counts).toMatchObject({ total: 4, create: 4, rejected: 0, outside: 0 });
    // The number column fills the address: it is not listed among the columns left out.
    expect(preview.unmapped.map((value) => value.field)).not.toContain('Numéro');

    const actors = await imported('numero-et-voie.csv');
    const address = (name: string) => actors.get(`Bus France Services - ${name}`)?.address;
    expect(address('Place Robert Joubert')).toBe('2 Place Arsène Roudy');
    expect(address('Place de la mairie')).toBe('5 Route de Ruffec');
    expect(address('Place du marché')).toBe('1 bis Impasse du Logis');
    expect(address('Face à la boulangerie')).toBe('Rue du Chant du Coq');
  });
});

describe('a producer file whose postcode and commune are only in the address', () => {
  it('reads them there, places every row in its commune and keeps the street alone', async () => {
    await open();
    const preview = await ok('import.preview', file('adresse-avec-commune.csv'));
    expect(preview.mapping).toMatchObject({ name: 'Lieu', address: 'Adresse' });
    expect(preview.mapping.postcode).toBeUndefined();
    // Before: 16140 is shared by 18 communes and no commune was read, so all 5 rows were rejected.
    expect(preview.counts).toMatchObject({ total: 5, create: 5, rejected: 0, outside: 0 });

    const actors = await imported('adresse-avec-commune.csv');
    const where = (name: string) => {
      const actor = actors.get(`Bus France Services - ${name}`)!;
      return [actor.address, actor.postcode, actor.communeName];
    };
    expect(where('Face à la boulangerie')).toEqual(['Rue du Chant du Coq', '16140', 'Saint-Fraigne']);
    expect(where('Place de la poste')).toEqual(['Le Bourg', '16140', 'Tusson']);
    expect(where('Place de la mairie')).toEqual(['5 Route de Ruffec', '16140', 'Charmé']);
    expect(where('Place du marché')).toEqual(['Impasse du Logis', '16140', 'Verdille']);
    expect(where('Place de la mairie (Luxé)')).toEqual(['Place de la Mairie', '16230', 'Luxé']);
  });
});

describe('a producer file with Lambert-93 x/y instead of degrees', () => {
  it('guesses X and Y as Lambert-93 and stores the published latitude and longitude', async () => {
    await open();
    const preview = await ok('import.preview', file('lambert93-x-y.csv'));
    expect(preview.mapping).toMatchObject({ lambertX: 'X', lambertY: 'Y' });
    expect(preview.mapping.latitude).toBeUndefined();
    expect(preview.counts).toMatchObject({ total: 5, create: 5, rejected: 0, outside: 0 });
    expect(preview.warnings).toEqual([]);

    const actors = await imported('lambert93-x-y.csv');
    const point = (name: string) => {
      const actor = actors.get(`Bus France Services - ${name}`)!;
      return [actor.latitude, actor.longitude];
    };
    // The coordinates published by the producer, to the 0.1 m the x/y were written with.
    const published: [string, number, number][] = [
      ['Face à la boulangerie', 45.952791, -0.008588],
      ['Place de la poste', 45.932439, 0.068913],
      ['Place de la mairie', 45.953934, 0.116625],
      ['Place du marché', 45.883239, -0.105337],
    ];
    for (const [name, latitude, longitude] of published) {
      const [lat, lon] = point(name);
      expect(lat).toBeCloseTo(latitude, 5);
      expect(lon).toBeCloseTo(longitude, 5);
    }
    expect(point('Place de la mairie (Luxé)')).toEqual([null, null]);
  });
});

describe('a producer file with « lat, lon » in one column', () => {
  it('reads the pair, puts back one written the other way round and names the cell that is no point', async () => {
    await open();
    const preview = await ok('import.preview', file('geo-point-lat-lon.csv'));
    expect(preview.mapping).toMatchObject({ name: 'Nom de la structure', coordinates: 'Geo Point' });
    expect(preview.counts).toMatchObject({ total: 5, create: 5, rejected: 0, outside: 0 });
    const notes = preview.warnings.map((warning) => [warning.line, warning.field]);
    expect(notes).toEqual([
      [5, 'Geo Point'],
      [6, 'Geo Point'],
    ]);
    expect(preview.warnings[1]!.reason).toContain('illisibles');

    const actors = await imported('geo-point-lat-lon.csv');
    const point = (name: string) => {
      const actor = actors.get(`Bus France Services - ${name}`)!;
      return [actor.latitude, actor.longitude];
    };
    expect(point('Face à la boulangerie')).toEqual([45.952791, -0.008588]);
    expect(point('Place de la poste')).toEqual([45.932439, 0.068913]);
    expect(point('Place de la mairie')).toEqual([45.953934, 0.116625]);
    expect(point('Place du marché')).toEqual([45.883239, -0.105337]);
    expect(point('Place de la mairie (Luxé)')).toEqual([null, null]);
  });
});
