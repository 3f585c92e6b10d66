import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ActorInput } from '../../shared/actors/schemas';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { waitForImport } from './support/importJob';
import { spreadsheetRecords } from './support/spreadsheetRecords';

/**
 * Issue 15, item 8: an actor's postal address may be in any commune of France (a CAF, a Département, a
 * Mission locale seated outside the EPCI); its places and permanences stay in the territory. The test
 * territory is six communes of the Isère; the CAF sits in Laon (Aisne, INSEE 02408, postcode 02000).
 */

const t = useActorsBackend();
const LAON = '02408';

const caf: ActorInput = {
  name: 'CAF de l’Aisne',
  typologies: ['CAF'],
  address: '12 rue de la Gare',
  communeCode: LAON,
  places: [{ name: 'Permanence CAF', address: '3 place Verdun', communeCode: '38185', services: [] }],
};

describe('an actor seated outside the territory', () => {
  it('is saved with its commune of France, named and with its postcode filled in, and found by it', async () => {
    t.open();
    const created = await t.create(caf);
    expect(created).toMatchObject({ communeCode: LAON, communeName: 'Laon', postcode: '02000' });
    const read = await t.ok('actors.get', { id: created.id });
    expect(read).toMatchObject({ communeCode: LAON, communeName: 'Laon', postcode: '02000' });
    expect(read.places[0]).toMatchObject({ communeCode: '38185', communeName: 'Grenoble' });

    // Saved again from the form as read: still Laon.
    const updated = await t.ok('actors.update', {
      id: created.id,
      actor: { ...caf, notes: 'Convention signée.' },
    });
    expect(updated).toMatchObject({ communeName: 'Laon', notes: 'Convention signée.' });

    // The directory search finds it by its commune; the filter by commune, by its place in the territory.
    expect(await t.names({ search: 'laon' })).toEqual(['CAF de l’Aisne']);
    expect(await t.names({ communeCodes: ['38185'] })).toEqual(['CAF de l’Aisne']);
    expect(await t.names({ communeCodes: ['38544'] })).toEqual([]);
    // The directory's list names its commune as the record does, not « — ».
    const listed = await t.ok('actors.list', { search: 'caf' });
    expect(listed.items).toMatchObject([{ name: 'CAF de l’Aisne', communeName: 'Laon' }]);
  });

  it('refuses a code no commune of France bears, in French, on the field', async () => {
    t.open();
    const error = await t.failure('actors.create', { ...caf, communeCode: '02999' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Aucune commune de France ne porte le code INSEE 02999.');
    expect(error.fields).toEqual({
      communeCode: expect.stringMatching(/^Aucune commune de France ne porte ce code INSEE/),
    });
    expect(t.count('actor')).toBe(0);
  });

  it('keeps places and permanences in the territory', async () => {
    t.open();
    const error = await t.failure('actors.create', {
      ...caf,
      places: [
        { name: 'Accueil de Laon', communeCode: LAON },
        { name: 'Bus', communeCode: '38185', permanences: [{ communeCode: LAON, weekdays: ['Mo'] }] },
      ],
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'places.0.communeCode',
      'places.1.permanences.0.communeCode',
    ]);
    expect(t.count('actor')).toBe(0);
  });

  it('is counted in no commune of the territory by the diagnostic', async () => {
    t.open();
    await t.create({
      ...caf,
      places: [{ name: 'Accueil', services: ['Aide aux démarches administratives'] }],
    });
    const diagnostic = await t.ok('diagnostic.get', {});
    expect(diagnostic.communes.map((commune) => commune.code)).not.toContain(LAON);
    expect(diagnostic.communes.every((commune) => commune.placeCount === 0)).toBe(true);
    // Its place has no commune of its own: it takes the actor's, Laon, and is said to be outside.
    expect(diagnostic.offer.totals).toMatchObject({ placeCount: 0, placesOutsideTerritory: 1 });
  });

  it('has its address printed whole in the annuaire: street, postcode and town', async () => {
    t.open();
    await t.create(caf);
    const parts = readDocx((await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64);
    const text = parts.paragraphs.join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Adresse : 12 rue de la Gare, 02000 Laon');
    expect(text).not.toMatch(/02000(?! Laon)/);
    // Its place's commune recalls it and says where its full entry is: the chapter of the actors of no commune
    // of the territory (there is no « Laon » chapter to send the reader to).
    expect(text).toContain(
      'CAF de l’Aisne : lieu d’accueil « Permanence CAF » (fiche complète dans « Acteurs hors du territoire ou sans commune »).',
    );
  });

  it('is exported with its commune’s code and name, and our export comes back without losing it', async () => {
    t.open();
    const { id } = await t.create({ ...caf, siret: '732 829 320 00074', places: [] });
    const [line] = spreadsheetRecords(
      await t.ok('export.file', { format: 'spreadsheet', filters: {} }),
    ).records;
    expect(line).toMatchObject({
      Adresse: '12 rue de la Gare',
      'Code postal': '02000',
      Commune: 'Laon',
      'Code INSEE': '02408',
    });

    const standard = await t.ok('export.file', { format: 'standardCsv', filters: {} });
    const [row] = Papa.parse<Record<string, string>>(standard.content.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(row).toMatchObject({ commune: 'Laon', code_postal: '02000', code_insee: LAON });

    const input = {
      fileName: standard.fileName,
      contentBase64: Buffer.from(standard.content).toString('base64'),
    };
    const job = await waitForImport(t.backend, await t.ok('import.start', input));
    expect(job.state).toBe('done');
    const after = await t.ok('actors.get', { id });
    expect(after).toMatchObject({ name: 'CAF de l’Aisne', communeCode: LAON, communeName: 'Laon' });
    expect(t.count('actor')).toBe(1);
  });

  it('shows a commune’s apostrophe the typographic way, and exports it as the national list writes it', async () => {
    t.open();
    const { id } = await t.create({ ...caf, name: 'Agence de la Sorgue', communeCode: '84054', places: [] });
    expect(await t.ok('actors.get', { id })).toMatchObject({ communeName: 'L’Isle-sur-la-Sorgue' });
    // Found however the apostrophe is typed.
    expect(await t.names({ search: "l'isle-sur" })).toEqual(['Agence de la Sorgue']);
    expect(await t.names({ search: 'L’Isle-sur' })).toEqual(['Agence de la Sorgue']);

    const standard = await t.ok('export.file', { format: 'standardCsv', filters: {} });
    const [row] = Papa.parse<Record<string, string>>(standard.content.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(row).toMatchObject({ commune: "L'Isle-sur-la-Sorgue", code_insee: '84054' });
  });
});
