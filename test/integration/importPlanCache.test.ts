import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import type { ImportJobDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

/**
 * `import.start` reuses the plan of the preview (it does not read a big file twice), but only for the same
 * file and choices on a database nobody wrote in since: what is imported is always what the file says
 * against the directory as it is when the user confirms.
 */

const tempDir = useTempDir();
const GRAND_REIMS = '200067213';
const EXAMPLE = readFileSync(join(__dirname, '../fixtures/import/standard-v1-exemple-valide.csv'), 'utf8');
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

async function openOnGrandReims(): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await ok('territory.choose', { siren: GRAND_REIMS });
}

const file = (content: string) => ({
  fileName: 'lieux.csv',
  contentBase64: Buffer.from(content).toString('base64'),
});

const finished = (job: ImportJobDto) => waitForImport(backend!, job);

const count = (table: string) =>
  (backend!.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('starting an import after its preview', () => {
  it('merges into an actor created after the preview instead of duplicating it', async () => {
    await openOnGrandReims();
    const preview = await ok('import.preview', file(EXAMPLE));
    expect(preview.counts.create).toBe(1);
    const typed = await ok('actors.create', {
      name: 'La Quincaillerie',
      siret: '43493312300029',
      communeCode: '51454',
    });
    expect((await finished(await ok('import.start', file(EXAMPLE)))).state).toBe('done');
    expect(count('actor')).toBe(1);
    const actor = await ok('actors.get', { id: typed.id });
    expect(actor.name).toBe('La Quincaillerie');
    expect(actor.places.map((place) => place.name)).toEqual(['Anonymal']);
  });

  it('imports the file it is given, not the one previewed before', async () => {
    await openOnGrandReims();
    await ok('import.preview', file(EXAMPLE));
    const renamed = EXAMPLE.replace('"Anonymal"', '"Médiathèque Jean-Falala"');
    expect((await finished(await ok('import.start', file(renamed)))).state).toBe('done');
    const [item] = (await ok('actors.list', {})).items;
    expect(item!.name).toBe('Médiathèque Jean-Falala');
  });

  it('imports the previewed file as previewed, with its source, services and search words', async () => {
    await openOnGrandReims();
    await ok('import.preview', file(EXAMPLE));
    expect((await finished(await ok('import.start', file(EXAMPLE)))).state).toBe('done');
    const found = await ok('actors.list', { search: 'anonymal reims' });
    expect(found.items.map((item) => item.name)).toEqual(['Anonymal']);
    const actor = await ok('actors.get', { id: found.items[0]!.id });
    expect(actor.places[0]!.services).toContain('Insertion professionnelle via le numérique');
    expect(actor.specificSupports).toContain('Surdité');
    const origin = backend!.ctx.sqlite.prepare('SELECT source, external_id FROM actor').get();
    expect(origin).toEqual({ source: 'Hubik', external_id: 'structure-1' });
  });
});
