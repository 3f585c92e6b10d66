import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';

/**
 * A producer's place that came without a date, merged into an actor of the directory (same SIRET): the
 * standard export dates it with the actor's last verification (`updateDate.ts`). That export imported again is
 * already up to date, every row of it: the date coming back is Maillage's own, and the place stays undated.
 */

const t = useActorsBackend();
const file = (fileName: string, content: string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

// As a département's network sends it: its own headers, no date column; the SIRET is the demo's Centre
// socioculturel du Civraisien.
const PRODUCER = [
  'Nom de la structure;SIRET;Adresse;Code postal;Commune;Services proposés',
  'Centre socioculturel du Civraisien;78134562000012;12 rue du Commerce;86400;Civray;Aide aux démarches administratives',
].join('\r\n');

describe('our own export of a dateless producer place, imported again', () => {
  it('changes nothing and gives the place no date', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const producer = await t.ok('import.preview', file('reseau.csv', PRODUCER));
    expect(producer.counts).toMatchObject({ total: 1, merge: 1 });
    await waitForImport(t.backend, await t.ok('import.start', file('reseau.csv', PRODUCER)));
    const undated = () =>
      t.backend.ctx.sqlite
        .prepare(
          "SELECT COUNT(*) FROM place WHERE address = '12 rue du Commerce' AND source_updated_on IS NULL",
        )
        .pluck()
        .get();
    expect(undated()).toBe(1);

    const exported = (await t.ok('export.file', { format: 'standardCsv', filters: {} })).content;
    const again = await t.ok('import.preview', file('export.csv', exported));
    expect(again.counts.create).toBe(0);
    expect(again.counts.update).toBe(again.counts.upToDate);
    await waitForImport(t.backend, await t.ok('import.start', file('export.csv', exported)));
    expect(undated()).toBe(1);
  });
});
