import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { onImportWriteStart } from '../../electron/backend/interop/import/importJob';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';
import { standardCsv } from './support/standardCsv';
import { actorValuesFromDto } from '../../electron/backend/actors/valuesFromDto';

/**
 * The directory exported in the standard CSV and imported back: an unchanged file changes nothing, and a
 * file never erases what it does not say (a column deleted, hours the export could not write).
 */

const t = useActorsBackend();
const file = (fileName: string, content: string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function importCsv(fileName: string, content: string) {
  const job = await waitForImport(t.backend, await t.ok('import.start', file(fileName, content)));
  expect(job.state).toBe('done');
  return job;
}

/** The demo, exported months after it was made (the records keep their April dates). */
async function demoExport() {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  t.setNow('2026-12-07T09:00:00Z');
  return t.ok('export.file', { format: 'standardCsv', filters: {} });
}

async function everyActor() {
  const { items } = await t.ok('actors.list', { limit: 500 });
  return Promise.all(
    items
      .map((item) => item.id)
      .sort((a, b) => a - b)
      .map(async (id) => ({
        actor: await t.ok('actors.get', { id }),
        origins: await t.ok('import.placeOrigins', { id }),
      })),
  );
}

const table = (name: string) => t.backend.ctx.sqlite.prepare(`SELECT * FROM ${name} ORDER BY id`).all();

const placeNamed = (actors: Awaited<ReturnType<typeof everyActor>>, name: string) =>
  actors.flatMap(({ actor }) => actor.places).find((place) => place.name === name)!;

/** The CC du Civraisien en Poitou, where `standardCsv`'s places are. */
async function civraisien() {
  t.open({ territory: false });
  await t.ok('territory.choose', { siren: '200070035' });
}

/** The CSV with `edit` applied to its records (header names → cells). */
function editCsv(csv: string, edit: (rows: Record<string, string>[]) => Record<string, string>[]): string {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return Papa.unparse(edit(parsed.data));
}

describe('the standard export imported back unchanged', () => {
  it('changes no actor, place or contact, and writes no date of change', async () => {
    const exported = await demoExport();
    const before = await everyActor();
    const tables = { actor: table('actor'), place: table('place'), contact: table('contact') };

    const preview = await t.ok('import.preview', file(exported.fileName, exported.content));
    // Every column of the standard is there: nothing said missing.
    expect(preview.unsaidOnUpdates).toEqual([]);
    // The actor's own name in `structure_parente` is kept (the actor keeps it): no value said left out.
    expect(preview.warnings.filter((w) => w.field === 'structure_parente')).toEqual([]);
    // The report says before the import that every row is already up to date: nothing to import.
    expect(preview.counts).toMatchObject({
      update: exported.rowCount,
      upToDate: exported.rowCount,
      actorOnly: 0,
      create: 0,
      merge: 0,
    });
    const job = await importCsv(exported.fileName, exported.content);
    // And the import finds so: every row to update already was.
    expect(job.counts.update).toBe(exported.rowCount);
    expect(job.unchanged).toBe(job.counts.update);
    expect(job.actorOnlyChanged).toBe(0);

    const after = await everyActor();
    expect(after).toEqual(before);
    expect({ actor: table('actor'), place: table('place'), contact: table('contact') }).toEqual(tables);
    // What the reviewer saw change, one by one.
    expect(placeNamed(after, 'Espace France Services de Civray').phone).toBe('05 36 49 10 20');
    expect(placeNamed(after, 'Bibliothèque de Charroux').openingHours).toBe(
      'lundi matin et mercredi après-midi',
    );
    const byName = (name: string) => after.find(({ actor }) => actor.name === name)!.actor;
    expect(byName('France Services de Valence-en-Poitou').address).toBe('10 rue du Commerce, Couhé');
    expect(byName('Agence postale communale de Champagné-Saint-Hilaire').address).toBeNull();
    // Never verified stays never verified: the export's `date_maj` is not a check.
    expect(byName('Mairie de Chaunay').lastVerifiedOn).toBeNull();
    expect(byName('Mairie de Chaunay').freshness).toBe('never');
  });
});

describe('rows the report found already up to date', () => {
  it('are compared again when the directory changed while the import waited for it', async () => {
    const exported = await demoExport();
    const preview = await t.ok('import.preview', file(exported.fileName, exported.content));
    expect(preview.counts.upToDate).toBe(preview.counts.update);
    // A save lands after the report, while the import waits for the database: the file says otherwise.
    const stop = onImportWriteStart(t.backend.ctx, () => {
      t.backend.ctx.sqlite
        .prepare('UPDATE place SET phone = ? WHERE name = ?')
        .run('05 49 00 00 00', 'Espace France Services de Civray');
    });
    try {
      const job = await importCsv(exported.fileName, exported.content);
      expect(job.unchanged).toBe(job.counts.update - 1);
    } finally {
      stop();
    }
    // The file's number, as the file writes it, over the one saved meanwhile.
    expect(placeNamed(await everyActor(), 'Espace France Services de Civray').phone).toBe('+33536491020');
  });
});

describe('a re-imported export with a place added under a known SIRET', () => {
  /** The export with a copy of its first row with a real SIRET, under a new id and name, first or last. */
  async function withCopiedRow(where: 'first' | 'last') {
    const exported = await demoExport();
    const edited = editCsv(exported.content, (rows) => {
      // The demo writes « 00000000000000 » for an actor without SIRET, as the standard wants a value.
      const withSiret = rows.find((row) => /[1-9]/.test(row.pivot ?? ''))!;
      const copy = { ...withSiret, id: 'nouveau-lieu', nom: 'Annexe nouvelle' };
      return where === 'last' ? [...rows, copy] : [copy, ...rows];
    });
    return { exported, edited };
  }

  it('counts the rows before the new place as up to date, and the place as a merge', async () => {
    const { exported, edited } = await withCopiedRow('last');
    const preview = await t.ok('import.preview', file(exported.fileName, edited));
    expect(preview.counts).toMatchObject({
      merge: 1,
      update: exported.rowCount,
      upToDate: exported.rowCount,
    });
    // Its `structure_parente` names the actor it joins: no value left out.
    expect(preview.warnings.filter((w) => w.field === 'structure_parente')).toEqual([]);
    const job = await importCsv(exported.fileName, edited);
    expect(job.unchanged).toBe(exported.rowCount);
  });

  it('counts a row after the new place as to update: only the import tells whether it changed', async () => {
    const { exported, edited } = await withCopiedRow('first');
    const preview = await t.ok('import.preview', file(exported.fileName, edited));
    expect(preview.counts).toMatchObject({ merge: 1, upToDate: exported.rowCount - 1 });
    const job = await importCsv(exported.fileName, edited);
    expect(job.unchanged).toBeGreaterThanOrEqual(preview.counts.upToDate);
  });
});

describe('a re-imported export where one actor without places changed', () => {
  it('counts that actor as updated, not as a place', async () => {
    const exported = await demoExport();
    const edited = editCsv(exported.content, (rows) =>
      rows.map((row) =>
        row.id === rows.find((r) => r.id!.startsWith('maillage-acteur-'))!.id
          ? { ...row, site_web: 'https://exemple.fr/nouveau' }
          : row,
      ),
    );
    const preview = await t.ok('import.preview', file(exported.fileName, edited));
    // The report already tells the one row that changes from the others.
    expect([preview.counts.actorOnly, preview.counts.upToDate]).toEqual([1, preview.counts.update - 1]);
    const job = await importCsv(exported.fileName, edited);
    expect([job.actorOnlyChanged, job.unchanged]).toEqual([1, job.counts.update - 1]);
  });
});

describe('a file never erases what it does not say', () => {
  it('keeps the stored values of a column deleted from the export', async () => {
    const exported = await demoExport();
    const hours = (actors: Awaited<ReturnType<typeof everyActor>>) =>
      actors.flatMap(({ actor }) => actor.places.map((place) => [place.id, place.openingHours]));
    const before = await everyActor();
    expect(hours(before).filter(([, value]) => value !== null).length).toBeGreaterThan(15);

    const withoutHours = editCsv(exported.content, (rows) =>
      rows.map(({ horaires: _dropped, telephone: _phone, ...rest }) => rest),
    );
    expect(withoutHours.split('\n')[0]).not.toContain('horaires');
    // The report names what the file lacks, and the places keep it.
    const preview = await t.ok('import.preview', file(exported.fileName, withoutHours));
    expect(preview.unsaidOnUpdates).toEqual(['horaires', 'téléphone']);
    const job = await importCsv(exported.fileName, withoutHours);

    const after = await everyActor();
    expect(hours(after)).toEqual(hours(before));
    // Columns deleted, nothing else said: nothing changed, as the report said.
    expect(job.counts.upToDate).toBe(job.counts.update);
    expect(job.unchanged).toBe(job.counts.update);
    expect(placeNamed(after, 'Espace France Services de Civray').phone).toBe('05 36 49 10 20');
  });

  it('keeps what a file said of a place when the next file lacks the column', async () => {
    await civraisien();
    const said = editCsv(standardCsv(1), (rows) =>
      rows.map((row) => ({ ...row, presentation_resume: 'Aide aux démarches en ligne' })),
    );
    await importCsv('lieux.csv', said);
    const { items } = await t.ok('actors.list', {});
    const summary = async () =>
      (await t.ok('import.placeOrigins', { id: items[0]!.id }))[0]!.presentationSummary;
    expect(await summary()).toBe('Aide aux démarches en ligne');
    await importCsv(
      'lieux.csv',
      editCsv(said, (rows) => rows.map(({ presentation_resume: _dropped, ...rest }) => rest)),
    );
    expect(await summary()).toBe('Aide aux démarches en ligne');
    // An empty cell is something the file says: it empties.
    await importCsv('lieux.csv', standardCsv(1));
    expect(await summary()).toBeNull();
  });

  it('keeps hours the export could not write, but empties valid hours the file empties', async () => {
    const exported = await demoExport();
    const emptied = editCsv(exported.content, (rows) =>
      rows.map((row) => (row.nom === 'Espace France Services de Civray' ? { ...row, horaires: '' } : row)),
    );
    await importCsv(exported.fileName, emptied);
    const after = await everyActor();
    expect(placeNamed(after, 'Bibliothèque de Charroux').openingHours).toBe(
      'lundi matin et mercredi après-midi',
    );
    expect(placeNamed(after, 'Espace France Services de Civray').openingHours).toBeNull();
  });
});

describe('the date of a file', () => {
  const withDate = (date: string) => standardCsv(1).replace('2026-01-15', date);
  const importedActor = async () => {
    const { items } = await t.ok('actors.list', {});
    return t.ok('actors.get', { id: items[0]!.id });
  };

  it('moves the last verification forward only', async () => {
    await civraisien();
    await importCsv('lieux.csv', withDate('2026-01-15'));
    expect((await importedActor()).lastVerifiedOn).toBe('2026-01-15');
    await importCsv('lieux.csv', withDate('2025-06-01'));
    expect((await importedActor()).lastVerifiedOn).toBe('2026-01-15');
    const moved = await importCsv('lieux.csv', withDate('2026-03-01'));
    expect((await importedActor()).lastVerifiedOn).toBe('2026-03-01');
    expect([moved.counts.update, moved.counts.upToDate, moved.unchanged]).toEqual([1, 0, 0]);
    // The same file again: the report says the row is already up to date, and the import finds it so.
    const again = await importCsv('lieux.csv', withDate('2026-03-01'));
    expect([again.counts.update, again.counts.upToDate, again.unchanged]).toEqual([1, 1, 1]);
  });

  it('never lets an older file undo a record, and warns before a row of the same date replaces a correction', async () => {
    await civraisien();
    t.setNow('2026-04-01T09:00:00Z');
    await importCsv('lieux.csv', withDate('2026-01-15'));
    const imported = await importedActor();
    // Corrected by hand in June: the name, the place's phone and hours.
    t.setNow('2026-06-01T09:00:00Z');
    const values = actorValuesFromDto(imported);
    const corrected = await t.ok('actors.update', {
      id: imported.id,
      actor: {
        ...values,
        name: `${imported.name} (mairie)`,
        places: [{ ...values.places[0]!, phone: '05 49 99 99 99', openingHours: 'Mo-Sa 09:00-18:00' }],
      },
    });
    // A year on, an older file of the producer: the record is kept, and the report says why.
    t.setNow('2027-03-01T09:00:00Z');
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const older = await t.ok('import.preview', file('lieux.csv', withDate('2025-11-02')));
    expect(older.counts).toMatchObject({ update: 1, upToDate: 1 });
    expect(older.warnings.map((w) => [w.line, spaced(w.reason)])).toContainEqual([
      2,
      'Le fichier est plus ancien pour ce lieu (mis à jour le 2 novembre 2025) que ce qui en a déjà été importé (le 15 janvier 2026) : la fiche est conservée telle quelle.',
    ]);
    const kept = await importCsv('lieux.csv', withDate('2025-11-02'));
    expect(kept.unchanged).toBe(1);
    // As saved in June, its date of change included (freshness aside: it is read against today).
    const asStored = async () => ({ ...(await importedActor()), freshness: corrected.freshness });
    expect(await asStored()).toEqual(corrected);
    // The file of the same date differs from the corrected record: it is applied, as any update, but the report
    // says so on the row's line before anything is written, so that the user may cancel.
    const same = await t.ok('import.preview', file('lieux.csv', withDate('2026-01-15')));
    expect(same.counts).toMatchObject({ update: 1, upToDate: 0 });
    expect(same.warnings.map((w) => [w.line, spaced(w.reason)])).toContainEqual([
      2,
      'Même date de mise à jour qu’au dernier import de ce lieu (15 janvier 2026), mais la fiche diffère du fichier : l’import lui rend les valeurs du fichier. Une correction faite depuis dans Maillage serait perdue.',
    ]);
    await importCsv('lieux.csv', withDate('2026-01-15'));
    const replaced = await importedActor();
    expect([replaced.name, replaced.places[0]!.phone]).toEqual([imported.name, imported.places[0]!.phone]);
    // Once the record is the file's again, the same file is up to date, without a word.
    const again = await t.ok('import.preview', file('lieux.csv', withDate('2026-01-15')));
    expect(again.counts).toMatchObject({ update: 1, upToDate: 1 });
    expect(again.warnings).toEqual([]);
  });

  it('leaves out a date the calendar does not have, everywhere the report says so', async () => {
    await civraisien();
    const preview = await t.ok('import.preview', file('lieux.csv', withDate('2026-02-30')));
    expect(preview.warnings.map((w) => `${w.field} ${w.reason}`)).toContainEqual(
      expect.stringMatching(/^date_maj .*date invalide.*La valeur est laissée de côté\.$/),
    );
    await importCsv('lieux.csv', withDate('2026-02-30'));
    const actor = await importedActor();
    expect(actor.lastVerifiedOn).toBeNull();
    expect((await t.ok('import.placeOrigins', { id: actor.id }))[0]!.sourceUpdatedOn).toBeNull();
    const exported = await t.ok('export.file', { format: 'standardCsv', filters: {} });
    expect(exported.content).not.toContain('2026-02-30');
  });
});

describe('structure_parente', () => {
  const withParent = (parent: string) =>
    editCsv(standardCsv(1), (rows) => rows.map((row) => ({ ...row, structure_parente: parent })));
  const parentWarnings = async (csv: string) =>
    (await t.ok('import.preview', file('lieux.csv', csv))).warnings
      .filter((w) => w.field === 'structure_parente')
      .map((w) => w.reason);

  it('is no value left out when it names the actor itself, written otherwise', async () => {
    await civraisien();
    expect(await parentWarnings(withParent('LIEU NUMERO  0'))).toEqual([]);
    expect(await parentWarnings(withParent('Réseau des tiers-lieux'))).toEqual([
      'Structure parente non conservée par l’annuaire\u00a0: «\u00a0Réseau des tiers-lieux\u00a0».',
    ]);
  });
});
