import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiMethod } from '../../shared/api/methods';
import type { AppError } from '../../shared/result';
import { createActor } from '../../electron/backend/actors/repository';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';

// The real createActor, wrapped so that one test can make it fail half-way through the demo.
vi.mock('../../electron/backend/actors/repository', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/backend/actors/repository')>();
  return { ...actual, createActor: vi.fn(actual.createActor) };
});
const createActorMock = vi.mocked(createActor);

const tempDir = useTempDir();
const CIVRAISIEN = '200070035';
let backend: Backend | null = null;

function open(databasePath = join(tempDir(), 'test.sqlite')): Backend {
  backend = createBackend({
    databasePath,
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  return backend;
}

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = callOk;

async function failure<M extends ApiMethod>(b: Backend, method: M, input: unknown): Promise<AppError> {
  const result = await b.router.dispatch(method, input);
  if (result.ok) throw new Error(`${method} aurait dû échouer`);
  return result.error;
}

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs), built here so the test needs no file. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const pixel = deflateSync(Buffer.from([0, 0x2d, 0x4f, 0xa1, 0xff])); // filter byte + one blue pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixel),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('choosing the territory', () => {
  it('shows a name with an apostrophe the typographic way, and keeps the reference’s as it is', async () => {
    const b = open();
    const chosen = await ok(b, 'territory.choose', { siren: '200054807' });
    expect([chosen.epciName, chosen.displayName]).toEqual([
      "Métropole d'Aix-Marseille-Provence",
      'Métropole d’Aix-Marseille-Provence',
    ]);
  });

  it('shows the communes’ names with the typographic apostrophe, and finds them typed either way', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: '200054807' });
    const names = (await ok(b, 'territory.get', {}))!.communes.map((commune) => commune.name);
    expect(names).toEqual(expect.arrayContaining(['Berre-l’Étang', 'La Roque-d’Anthéron']));
    expect(names.filter((name) => name.includes("'"))).toEqual([]);
    // The address's commune search, inside the territory and beyond it.
    for (const query of ["berre-l'etang", 'Berre-l’Étang'])
      expect((await ok(b, 'referential.searchCommunes', { query }))[0]).toMatchObject({
        code: '13014',
        name: 'Berre-l’Étang',
      });
    expect((await ok(b, 'referential.searchCommunes', { query: "L'Isle-sur-la-Sorgue" }))[0]).toMatchObject({
      name: 'L’Isle-sur-la-Sorgue',
      inTerritory: false,
    });
  });

  it('has no territory before onboarding', async () => {
    const b = open();
    expect(await ok(b, 'territory.get', {})).toBeNull();
  });

  it('copies the EPCI and its communes with their populations, and keeps them after reopening', async () => {
    const b = open();
    const chosen = await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    expect(chosen).toMatchObject({
      epciSiren: CIVRAISIEN,
      epciName: 'CC du Civraisien en Poitou',
      epciType: 'CC',
      displayName: 'CC du Civraisien en Poitou',
      isDemo: false,
      population: 26_737,
      logoDataUrl: null,
      chosenAt: '2026-04-05T10:00:00.000Z',
      contact: { name: null, role: null, email: null, phone: null },
    });
    expect(chosen.communes).toHaveLength(35);
    expect(chosen.communes.find((c) => c.name === 'Gençay')).toEqual({
      code: '86103',
      name: 'Gençay',
      population: 1681,
      postcodes: ['86160'],
    });
    expect(await ok(b, 'territory.get', {})).toEqual(chosen);
    await b.close();
    const reopened = open(b.ctx.databasePath);
    expect(await ok(reopened, 'territory.get', {})).toEqual(chosen);
    const stored = reopened.ctx.sqlite
      .prepare('SELECT COUNT(*) AS n, SUM(population) AS total FROM territory_commune')
      .get();
    expect(stored).toEqual({ n: 35, total: 26_737 });
  });

  it('refuses to choose a second territory, and keeps the first', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const error = await failure(b, 'territory.choose', { siren: '200069854' });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('CC du Civraisien en Poitou');
    expect((await ok(b, 'territory.get', {}))?.epciSiren).toBe(CIVRAISIEN);
    expect((await failure(b, 'territory.createDemo', {})).code).toBe('conflict');
  });

  it('says in French when a SIREN is malformed or unknown', async () => {
    const b = open();
    const malformed = await failure(b, 'territory.choose', { siren: '20007' });
    expect(malformed).toMatchObject({
      code: 'invalid_input',
      fields: { siren: 'Le SIREN d’un EPCI compte 9 chiffres.' },
    });
    const unknown = await failure(b, 'territory.choose', { siren: '123456789' });
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toMatch(/Aucune intercommunalité/);
    expect(await ok(b, 'territory.get', {})).toBeNull();
  });
});

describe('reference search through the router', () => {
  it('finds the EPCI of a commune and gives its detail', async () => {
    const b = open();
    const [first] = await ok(b, 'referential.searchEpci', { query: 'Civray' });
    expect(first).toMatchObject({ siren: CIVRAISIEN, matchedCommune: 'Civray', communeCount: 35 });
    const detail = await ok(b, 'referential.getEpci', { siren: CIVRAISIEN });
    expect(detail.communes.map((c) => c.name).slice(0, 3)).toEqual(['Anché', 'Asnois', 'Blanzay']);
    expect((await failure(b, 'referential.getEpci', { siren: '999999999' })).code).toBe('not_found');
  });
});

describe('territory settings', () => {
  it('refuses settings before a territory is chosen', async () => {
    const b = open();
    const error = await failure(b, 'territory.updateSettings', { displayName: 'X', contact: {} });
    expect(error.code).toBe('no_territory');
  });

  it('gives French messages keyed by field path, and saves nothing when invalid', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const error = await failure(b, 'territory.updateSettings', {
      displayName: '   ',
      contact: { name: 'Claire Dumont', email: 'claire-at-exemple', phone: 'appeler le standard' },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({
      displayName: 'Le nom affiché est obligatoire.',
      'contact.email':
        'Le courriel du contact\u00a0: adresse courriel invalide (exemple\u00a0: nom@domaine.fr).',
      'contact.phone':
        'Le téléphone du contact\u00a0: numéro invalide (chiffres, espaces, points ou +33 seulement).',
    });
    expect((await ok(b, 'territory.get', {}))?.contact.name).toBeNull();
  });

  it('saves the display name and the main contact', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const saved = await ok(b, 'territory.updateSettings', {
      displayName: '  Communauté de communes du Civraisien  ',
      contact: { name: 'Claire Dumont', role: 'Chargée de mission', email: 'claire@exemple.fr', phone: '' },
    });
    expect(saved.displayName).toBe('Communauté de communes du Civraisien');
    expect(saved.contact).toEqual({
      name: 'Claire Dumont',
      role: 'Chargée de mission',
      email: 'claire@exemple.fr',
      phone: null,
    });
    expect(saved.epciName).toBe('CC du Civraisien en Poitou');
    expect(await ok(b, 'territory.get', {})).toEqual(saved);
  });
});

describe('territory logo', () => {
  it('stores a real PNG and gives it back as a data URL, then removes it', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const base64 = tinyPng().toString('base64');
    const withLogo = await ok(b, 'territory.setLogo', { logo: { mimeType: 'image/png', base64 } });
    // Decoded and re-encoded: a PNG we wrote, of the same single pixel.
    const stored = PNG.sync.read(Buffer.from(withLogo.logoDataUrl!.split(',')[1]!, 'base64'));
    expect(withLogo.logoDataUrl).toMatch(/^data:image\/png;base64,/);
    expect([stored.width, stored.height]).toEqual([1, 1]);
    expect((await ok(b, 'territory.get', {}))?.logoDataUrl).toBe(withLogo.logoDataUrl);
    const removed = await ok(b, 'territory.setLogo', { logo: null });
    expect(removed.logoDataUrl).toBeNull();
  });

  it('refuses a text file declared as PNG, and keeps the current logo', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const real = tinyPng().toString('base64');
    const first = await ok(b, 'territory.setLogo', { logo: { mimeType: 'image/png', base64: real } });
    const fake = Buffer.from('Ceci n’est pas une image, juste un texte renommé logo.png').toString('base64');
    const error = await failure(b, 'territory.setLogo', { logo: { mimeType: 'image/png', base64: fake } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/PNG ou JPEG/);
    expect(error.fields?.logo).toBeDefined();
    expect((await ok(b, 'territory.get', {}))?.logoDataUrl).toBe(first.logoDataUrl);
  });

  it('reads a JPEG sent as PNG as the JPEG it is, and stores it as a PNG', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const pixels = Buffer.alloc(8 * 6 * 4, 0xff);
    const jpegBytes = Buffer.from(jpeg.encode({ width: 8, height: 6, data: pixels }, 90).data);
    const saved = await ok(b, 'territory.setLogo', {
      logo: { mimeType: 'image/png', base64: jpegBytes.toString('base64') },
    });
    expect(saved.logoDataUrl?.startsWith('data:image/png;base64,')).toBe(true);
    // The first bytes of a JPEG alone are no longer enough.
    const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    const error = await failure(b, 'territory.setLogo', {
      logo: { mimeType: 'image/jpeg', base64: jpegStart.toString('base64') },
    });
    expect(error.code).toBe('invalid_input');
  });

  it('refuses an image type other than PNG or JPEG', async () => {
    const b = open();
    await ok(b, 'territory.choose', { siren: CIVRAISIEN });
    const error = await failure(b, 'territory.setLogo', {
      logo: { mimeType: 'image/gif', base64: 'R0lGODlh' },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'logo.mimeType': 'Le logo doit être une image PNG ou JPEG.' },
    });
  });
});

describe('demonstration territory', () => {
  it('chooses the CC du Civraisien en Poitou and fills about forty actors of varied freshness', async () => {
    const b = open();
    const demo = await ok(b, 'territory.createDemo', {});
    expect(demo).toMatchObject({ epciSiren: CIVRAISIEN, isDemo: true });
    expect(demo.communes).toHaveLength(35);

    const all = await ok(b, 'actors.list', { limit: 500 });
    expect(all.total).toBeGreaterThanOrEqual(35);
    expect(all.total).toBeLessThanOrEqual(45);
    const byFreshness = async (freshness: 'over12' | 'over18' | 'never') =>
      (await ok(b, 'actors.list', { freshness: [freshness], limit: 500 })).total;
    expect(await byFreshness('over12')).toBeGreaterThanOrEqual(4);
    expect(await byFreshness('over18')).toBeGreaterThanOrEqual(3);
    expect(await byFreshness('never')).toBeGreaterThanOrEqual(2);
  });

  it('comes with the contours of its communes, old communes merged, and every place where its commune is', async () => {
    const b = open();
    await ok(b, 'territory.createDemo', {});
    const map = await ok(b, 'map.svg', {});
    expect(map).toMatchObject({
      hasContours: true,
      contourCount: 35,
      contourUse: { usedCount: 40, mergedOldCodes: 5, leftOut: [] },
    });
    expect(map.svg?.match(/<path [^>]*data-commune-code=/g)).toHaveLength(35);
    // Each demo place with coordinates lies in (or near) its commune's contour: none is set aside as misplaced.
    expect(map.summary).toMatchObject({ misplacedCount: 0, unplacedCount: 0 });
    expect(map.summary.placeCount).toBeGreaterThan(0);
    expect(map.summary.communesWithPlaces + map.summary.communesWithoutPlaces).toBe(35);
  });

  it('shows the itinerant bus with its permanences and flags the malformed opening hours', async () => {
    const b = open();
    await ok(b, 'territory.createDemo', {});
    const [bus] = (await ok(b, 'actors.list', { search: 'Bus numérique' })).items;
    const busActor = await ok(b, 'actors.get', { id: bus!.id });
    const visited = busActor.places.flatMap((p) => p.permanences.map((perm) => perm.communeName));
    expect(visited).toEqual(expect.arrayContaining(['Charroux', 'Chaunay', 'Brux']));

    const [library] = (await ok(b, 'actors.list', { search: 'Bibliothèque municipale de Charroux' })).items;
    const libraryActor = await ok(b, 'actors.get', { id: library!.id });
    expect(libraryActor.places[0]?.openingHoursReading.status).toBe('invalid');
  });

  it('creates the demo whole or not at all', async () => {
    const b = open();
    const real = createActorMock.getMockImplementation()!;
    let calls = 0;
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the router logs the unexpected error
    createActorMock.mockImplementation(async (...args) => {
      if (++calls > 10) throw new Error('disque plein');
      return real(...args);
    });
    try {
      expect((await failure(b, 'territory.createDemo', {})).code).toBe('internal');
    } finally {
      createActorMock.mockImplementation(real);
      vi.mocked(console.error).mockRestore();
    }
    expect(await ok(b, 'territory.get', {})).toBeNull();
    expect(b.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM actor').get()).toEqual({ n: 0 });
    expect(b.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM territory_commune').get()).toEqual({ n: 0 });
    expect(b.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM commune_contour').get()).toEqual({ n: 0 });
    // Nothing half-made stands in the way of a new attempt.
    expect((await ok(b, 'territory.createDemo', {})).isDemo).toBe(true);
  });
});
