import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

/**
 * Nothing a file says is dropped silently, and the export gives back what it said: each place's own
 * `source` and `date_maj` (never the import's date), presentations, Accès libre page; values that have no
 * home in the directory are counted in the report by column and value.
 */

const tempDir = useTempDir();
const COEUR_DE_CHARENTE = '200072023';
const TODAY = '2026-04-05';
const ACCES_LIBRE = 'https://acceslibre.beta.gouv.fr/app/16-mansle/a/bibliotheque/erp/mediatheque-de-mansle/';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

const file = (fileName: string, content: string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function importFile(input: { fileName: string; contentBase64: string }) {
  const job = await waitForImport(backend!, await ok('import.start', input));
  expect(job.state).toBe('done');
  return job;
}

const rowsOf = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

/** A v0.1 file as the départements published them: `;` between values, publics and accessibility of v0.1. */
const LEGACY = [
  'id;pivot;nom;commune;code_postal;code_insee;adresse;cle_ban;source;date_maj;services;publics_accueillis;presentation_resume;presentation_detail;accessibilite',
  `lieu-1;;Médiathèque de Mansle;Mansle-les-Fontaines;16230;16206;Place du Gardoire;16206_0120;Département de la Charente;2023-05-12;Prendre en main un ordinateur;"Adultes;Seniors (+ 65 ans)";Ateliers le mardi.;Postes en accès libre, ateliers collectifs.;${ACCES_LIBRE}`,
  'lieu-2;;Mairie de Luxé;Luxé;16140;16196;Place de la Mairie;;Département de la Charente;;Prendre en main un ordinateur;Adultes;;;Accessible PMR',
  'lieu-3;;Association Numérique d’Aigre;Aigre;16140;16005;3 rue de la Gare;;Département de la Charente;2024-01-15;Accéder à du matériel;"Adultes;Tout public";;;',
].join('\n');

function open(): void {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock(`${TODAY}T10:00:00Z`),
  });
}

describe('a legacy file’s values, through import and export', () => {
  it('counts every value left out, by column and value', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const preview = await ok('import.preview', file('charente-v0.1.csv', LEGACY));
    expect(preview.counts).toMatchObject({ total: 3, create: 3, rejected: 0, outside: 0 });
    expect(preview.unmapped).toEqual([
      { field: 'publics_accueillis', value: 'Adultes', count: 3 },
      { field: 'accessibilite', value: 'Accessible PMR', count: 1 },
      { field: 'cle_ban', value: null, count: 1 },
      { field: 'publics_accueillis', value: 'Tout public', count: 1 },
    ]);
    // Each also named on its line.
    const lines = preview.warnings.map((w) => `${w.line} ${w.field} ${w.reason}`);
    expect(lines).toContain(
      '3 publics_accueillis Sans équivalent dans le standard v1, laissée de côté\u00a0: «\u00a0Adultes\u00a0».',
    );
    expect(lines).toContain(
      '4 publics_accueillis Valeur non reconnue, laissée de côté\u00a0: «\u00a0Tout public\u00a0».',
    );
    expect(lines).toContain(
      '3 accessibilite Pas un lien vers une fiche Accès libre, laissé de côté\u00a0: «\u00a0Accessible PMR\u00a0».',
    );
  });

  it('names the place after `nom`, and counts a `structure_parente` it does not keep', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    const csv = [
      'id,nom,commune,code_postal,adresse,structure_parente',
      '1,France Services de Mansle,Mansle-les-Fontaines,16230,Place du Gardoire,Réseau France Services',
      '2,Mairie de Luxé,Luxé,16230,Place de la Mairie,Mairie de Luxé',
    ].join('\n');
    const preview = await ok('import.preview', file('fs.csv', csv));
    expect(preview.unmapped).toEqual([
      { field: 'structure_parente', value: 'Réseau France Services', count: 1 },
    ]);
    expect(preview.warnings.map((w) => `${w.line} ${w.field} ${w.reason}`)).toEqual([
      '2 structure_parente Structure parente non conservée par l’annuaire\u00a0: «\u00a0Réseau France Services\u00a0».',
    ]);
    await importFile(file('fs.csv', csv));
    const names = backend!.ctx.sqlite.prepare('SELECT name FROM actor ORDER BY id').pluck().all();
    expect(names).toEqual(['France Services de Mansle', 'Mairie de Luxé']);
  });

  it('exports each place with its own source, date, presentations and Accès libre page, and invents no date', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    await importFile(file('charente-v0.1.csv', LEGACY));
    await ok('actors.create', {
      name: 'Espace numérique intercommunal',
      roles: ['operateur'],
      communeCode: '16206',
      postcode: '16230',
      address: '1 rue de la Mairie',
    });
    const territoryName = backend!.ctx.sqlite.prepare('SELECT display_name FROM territory').pluck().get();

    // The record shows them, read-only: what the file said of the place, the date as the file's own.
    const mansle = backend!.ctx.sqlite
      .prepare("SELECT id FROM actor WHERE name = 'Médiathèque de Mansle'")
      .pluck()
      .get() as number;
    expect(await ok('import.placeOrigins', { id: mansle })).toEqual([
      {
        placeId: expect.any(Number),
        placeName: 'Médiathèque de Mansle',
        source: 'Département de la Charente',
        externalId: 'lieu-1',
        sourceUpdatedOn: '2023-05-12',
        presentationSummary: 'Ateliers le mardi.',
        presentationDetail: 'Postes en accès libre, ateliers collectifs.',
        accessibilityUrl: ACCES_LIBRE,
      },
    ]);
    const created = backend!.ctx.sqlite
      .prepare("SELECT id FROM actor WHERE name = 'Espace numérique intercommunal'")
      .pluck()
      .get() as number;
    expect(await ok('import.placeOrigins', { id: created })).toEqual([]);

    const preview = await ok('export.preview', { filters: {} });
    // Luxé's file gave no date and no one has checked it since: left out, and the export says why.
    expect(preview.excluded).toEqual([
      expect.objectContaining({ placeName: 'Mairie de Luxé', field: 'date_maj' }),
    ]);
    expect(preview.excluded[0]!.message).toMatch(/n’en invente pas.*Marquer comme vérifiée/);

    const rows = rowsOf((await ok('export.file', { format: 'standardCsv', filters: {} })).content);
    const pick = (row: Record<string, string>) => ({
      id: row.id,
      source: row.source,
      date_maj: row.date_maj,
      presentation_resume: row.presentation_resume,
      presentation_detail: row.presentation_detail,
      fiche_acces_libre: row.fiche_acces_libre,
    });
    expect(rows.map(pick).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual([
      {
        id: 'lieu-1',
        source: 'Département de la Charente',
        date_maj: '2023-05-12',
        presentation_resume: 'Ateliers le mardi.',
        presentation_detail: 'Postes en accès libre, ateliers collectifs.',
        fiche_acces_libre: ACCES_LIBRE,
      },
      {
        id: 'lieu-3',
        source: 'Département de la Charente',
        date_maj: '2024-01-15',
        presentation_resume: '',
        presentation_detail: '',
        fiche_acces_libre: '',
      },
      {
        id: expect.stringMatching(/^maillage-/),
        source: territoryName,
        date_maj: TODAY,
        presentation_resume: '',
        presentation_detail: '',
        fiche_acces_libre: '',
      },
    ]);

    // Checked in Maillage: Luxé is exported with the date of that check.
    backend!.ctx.sqlite
      .prepare("UPDATE actor SET last_verified_on = '2026-03-30' WHERE name = 'Mairie de Luxé'")
      .run();
    const checked = rowsOf((await ok('export.file', { format: 'standardCsv', filters: {} })).content);
    expect(checked.find((row) => row.id === 'lieu-2')).toMatchObject({ date_maj: '2026-03-30' });
  });

  it('changes nothing when its export comes back into the same database', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    await importFile(file('charente-v0.1.csv', LEGACY));
    await ok('actors.create', {
      name: 'Espace numérique intercommunal',
      roles: ['operateur'],
      communeCode: '16206',
      postcode: '16230',
      address: '1 rue de la Mairie',
    });
    const exported = await ok('export.file', { format: 'standardCsv', filters: {} });
    const count = (table: string) =>
      backend!.ctx.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    const places = count('place');

    const preview = await ok('import.preview', file(exported.fileName, exported.content));
    expect(preview.counts).toMatchObject({ create: 0, merge: 0, update: exported.rowCount, rejected: 0 });
    await importFile(file(exported.fileName, exported.content));
    expect(count('place')).toBe(places);
    const again = await ok('export.file', { format: 'standardCsv', filters: {} });
    expect(again.content).toBe(exported.content);
  });

  it('recognises its own rows whose file ids clashed, by their place number and their own source', async () => {
    open();
    await ok('territory.choose', { siren: COEUR_DE_CHARENTE });
    // Two producers both call their place « 1 »: the export cannot reuse that id and writes maillage-lieu-N.
    const header = 'id,nom,commune,code_postal,adresse,source,date_maj';
    await importFile(
      file(
        'a.csv',
        `${header}\n1,Médiathèque de Mansle,Mansle-les-Fontaines,16230,Place du Gardoire,Réseau A,2024-01-01`,
      ),
    );
    await importFile(
      file('b.csv', `${header}\n1,Mairie de Luxé,Luxé,16140,Place de la Mairie,Réseau B,2024-02-01`),
    );
    const exported = await ok('export.file', { format: 'standardCsv', filters: {} });
    const rows = rowsOf(exported.content);
    expect(rows.map((row) => [row.id!.replace(/\d+$/, 'N'), row.source]).sort()).toEqual([
      ['maillage-lieu-N', 'Réseau A'],
      ['maillage-lieu-N', 'Réseau B'],
    ]);
    const preview = await ok('import.preview', file(exported.fileName, exported.content));
    expect(preview.counts).toMatchObject({ create: 0, merge: 0, update: 2 });
  });
});
