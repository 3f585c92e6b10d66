import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';
import { standardCsv } from './support/standardCsv';

/**
 * A producer's file imported again months later: the places it no longer lists (closed, renamed, moved to
 * another producer) stay in the directory, and the report before the import names them.
 */

const t = useActorsBackend();
const file = (fileName: string, content: string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function civraisienWith(content: string) {
  t.open({ territory: false });
  await t.ok('territory.choose', { siren: '200070035' });
  const job = await waitForImport(t.backend, await t.ok('import.start', file('lieux.csv', content)));
  expect(job.state).toBe('done');
}

describe('places of the same source that a new file no longer lists', () => {
  it('are named in the report with their commune, and kept', async () => {
    await civraisienWith(standardCsv(3));
    const preview = await t.ok('import.preview', file('lieux.csv', standardCsv(2)));
    expect(preview.absent).toEqual({ total: 1, places: [{ name: 'Lieu numéro 2', communeName: 'Civray' }] });
    const job = await waitForImport(t.backend, await t.ok('import.start', file('lieux.csv', standardCsv(2))));
    expect(job.state).toBe('done');
    expect((await t.ok('actors.list', {})).total).toBe(3);
  });

  it('are none when the file lists them all, or comes from another source', async () => {
    await civraisienWith(standardCsv(3));
    expect((await t.ok('import.preview', file('lieux.csv', standardCsv(3)))).absent.total).toBe(0);
    const other = standardCsv(1, 'autre').replace(',Test,', ',Autre producteur,');
    expect((await t.ok('import.preview', file('autre.csv', other))).absent.total).toBe(0);
  });

  it('are not those of a row refused or out of the territory: the file still lists them', async () => {
    await civraisienWith(standardCsv(3));
    const moved = standardCsv(3).replace('Civray,86400,86078', 'Poitiers,86000,86194');
    const preview = await t.ok('import.preview', file('lieux.csv', moved));
    expect(preview.counts.outside).toBe(1);
    expect(preview.absent.total).toBe(0);
  });

  it('are none when a row reaches its place by Maillage’s own id for it', async () => {
    await civraisienWith(standardCsv(2));
    const { items } = await t.ok('actors.list', { search: 'Lieu numéro 0' });
    const placeId = (await t.ok('actors.get', { id: items[0]!.id })).places[0]!.id;
    const ours = standardCsv(2).replace('lieu-0,', `maillage-lieu-${placeId},`);
    const preview = await t.ok('import.preview', file('lieux.csv', ours));
    expect(preview.counts.update).toBe(2);
    expect(preview.absent.total).toBe(0);
  });

  it('are none when the file is cut: the last line’s id is not known', async () => {
    await civraisienWith(standardCsv(3));
    const cut = standardCsv(3).replace('Lieu numéro 2', '"Lieu numéro 2');
    const preview = await t.ok('import.preview', file('lieux.csv', cut));
    expect(preview.counts.rejected).toBe(1);
    expect(preview.absent.total).toBe(0);
  });
});
