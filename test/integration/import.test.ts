import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';
import { formatSiret } from '../../shared/format/siren';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import type { ImportCounts, ImportJobDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { holdLongRead } from './support/longRead';
import { onImportWriteStart } from '../../electron/backend/interop/import/importJob';
import { callOk } from './support/callOk';

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '../fixtures/import');
const AIX_MARSEILLE = '200054807';
const GRAND_REIMS = '200067213';
const PROVENCE_ALPES = '200067437';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

async function openOn(siren: string): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  await ok('territory.choose', { siren });
}

function file(name: string, content?: string | Buffer) {
  const bytes = content === undefined ? readFileSync(join(FIXTURES, name)) : Buffer.from(content);
  return { fileName: name, contentBase64: bytes.toString('base64') };
}

const sum = (c: ImportCounts) => c.create + c.update + c.merge + c.rejected + c.outside;

const finished = (job: ImportJobDto) => waitForImport(backend!, job);

const count = (table: string) =>
  (backend!.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importing the v0.1 JSON of the Hub du Sud into the Métropole d’Aix-Marseille-Provence', () => {
  it('reports, imports, and updates without duplicates on a second import', async () => {
    await openOn(AIX_MARSEILLE);
    const preview = await ok('import.preview', file('standard-v0.1-paca-hub-du-sud-2023.json'));
    expect(preview.format).toBe('lieux-v0.1');
    expect(preview.counts.total).toBe(646);
    expect(sum(preview.counts)).toBe(646);
    expect(preview.counts.outside).toBeGreaterThan(400);
    expect(preview.counts.create + preview.counts.merge).toBeGreaterThan(100);
    expect(count('actor')).toBe(0);

    const done = await finished(await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json')));
    expect(done.state).toBe('done');
    expect(count('actor')).toBe(preview.counts.create);
    expect(count('place')).toBe(preview.counts.create + preview.counts.merge);

    // Legacy values mapped to today's: « Devenir autonome… » → « Aide aux démarches administratives ».
    const list = await ok('actors.list', { services: ['Aide aux démarches administratives'], limit: 500 });
    expect(list.total).toBeGreaterThan(10);
    const martigues = await ok('actors.list', { search: 'Accueil individuel en accès libre' });
    const actor = await ok('actors.get', { id: martigues.items[0]!.id });
    expect(actor.communeName).toBe('Martigues');
    expect(actor.places[0]!.fees).toEqual(['Gratuit']);
    expect(actor.places[0]!.accompanimentModes).toEqual(['Accompagnement individuel']);

    const places = count('place');
    const again = await ok('import.preview', file('standard-v0.1-paca-hub-du-sud-2023.json'));
    expect(again.counts.create).toBe(0);
    expect(again.counts.update).toBe(preview.counts.create + preview.counts.merge);
    expect(sum(again.counts)).toBe(646);
    expect(
      (await finished(await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json')))).state,
    ).toBe('done');
    expect(count('place')).toBe(places);
  });

  it('leaves nothing written when the user cancels while the import waits for the database', async () => {
    await openOn(AIX_MARSEILLE);
    const job = await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json'));
    expect(job).toMatchObject({ state: 'running', phase: 'starting' });
    // Before the job's turn, a long read (a Word document reading its data) takes the database.
    const read = holdLongRead(backend!);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await ok('import.progress', { jobId: job.jobId })).toMatchObject({
      state: 'running',
      phase: 'waiting',
    });
    expect(await ok('import.cancel', { jobId: job.jobId })).toMatchObject({ state: 'cancelled', done: 0 });
    await read.end();
    expect((await finished(job)).state).toBe('cancelled');
    expect(count('actor')).toBe(0);
    expect(count('place')).toBe(0);
    // The import can be started again at once.
    expect(
      (await finished(await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json')))).state,
    ).toBe('done');
  });

  it('cancels an import not yet begun, and writes all of one whose write has begun', async () => {
    await openOn(AIX_MARSEILLE);
    const cancelled = await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json'));
    expect(await ok('import.cancel', { jobId: cancelled.jobId })).toMatchObject({ state: 'cancelled' });
    expect((await finished(cancelled)).state).toBe('cancelled');
    expect(count('place')).toBe(0);

    // A cancel sent once the rows are being written is answered after the COMMIT: the import is whole.
    const answers: Promise<ImportJobDto>[] = [];
    const stop = onImportWriteStart(backend!.ctx, (job) =>
      answers.push(ok('import.cancel', { jobId: job.jobId })),
    );
    const job = await ok('import.start', file('standard-v0.1-paca-hub-du-sud-2023.json'));
    const done = await finished(job);
    stop();
    expect(done.state).toBe('done');
    expect(await Promise.all(answers)).toEqual([
      expect.objectContaining({ state: 'running', phase: 'writing' }),
    ]);
    expect(answers).toHaveLength(1);
    expect(count('place')).toBe(done.counts.create + done.counts.merge);
  });
});

describe('importing the v1 example into the CU du Grand Reims', () => {
  it('creates the actor with its place, services and source', async () => {
    await openOn(GRAND_REIMS);
    const preview = await ok('import.preview', file('standard-v1-exemple-valide.csv'));
    expect(preview.format).toBe('lieux-v1');
    expect(preview.counts).toEqual({
      total: 1,
      create: 1,
      update: 0,
      upToDate: 0,
      actorOnly: 0,
      merge: 0,
      rejected: 0,
      outside: 0,
    });
    expect((await finished(await ok('import.start', file('standard-v1-exemple-valide.csv')))).state).toBe(
      'done',
    );
    const [item] = (await ok('actors.list', {})).items;
    const actor = await ok('actors.get', { id: item!.id });
    expect(actor.name).toBe('Anonymal');
    expect(actor.siret).toBe('43493312300029');
    expect(actor.communeName).toBe('Reims');
    expect(actor.typologies).toEqual(expect.arrayContaining(['TIERS_LIEUX', 'ASSO']));
    expect(actor.places[0]!.services).toContain('Maîtrise des outils numériques du quotidien');
    expect(actor.places[0]!.openingHours).toBe('Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00');
    const row = backend!.ctx.sqlite.prepare('SELECT source, external_id FROM place').get();
    expect(row).toEqual({ source: 'Hubik', external_id: 'structure-1' });
  });

  it('merges a row whose SIRET is already in the directory into that actor', async () => {
    await openOn(GRAND_REIMS);
    const existing = await ok('actors.create', {
      name: 'La Quincaillerie',
      siret: '43493312300029',
      communeCode: '51454',
      notes: 'Saisi à la main',
    });
    const preview = await ok('import.preview', file('standard-v1-exemple-valide.csv'));
    expect(preview.counts.merge).toBe(1);
    await finished(await ok('import.start', file('standard-v1-exemple-valide.csv')));
    const actor = await ok('actors.get', { id: existing.id });
    expect(actor.name).toBe('La Quincaillerie');
    expect(actor.notes).toBe('Saisi à la main');
    expect(actor.website).toBe('https://www.laquincaillerie.tl/');
    expect(actor.places).toHaveLength(1);
    expect(count('actor')).toBe(1);
  });

  it('reports a row without a name with its line, and a placeholder SIRET as empty', async () => {
    await openOn(GRAND_REIMS);
    const csv = [
      'id,pivot,nom,commune,code_postal,code_insee,adresse,services,courriels,frais_a_charge',
      'a,00000000000000,Médiathèque Jean-Falala,Reims,51100,51454,2 rue des Fuseliers,Aide aux démarches administratives,,',
      'b,,,Reims,51100,51454,1 rue X,Aide aux démarches administratives,,',
      'c,,Espace numérique,Paris,75015,75115,1 rue Y,Aide aux démarches administratives,,',
      'd,12345678901234,"Maison France services, Fismes",Fismes,51170,,1 place Z,Aide aux démarches administratives,pas-un-courriel,',
    ].join('\r\n');
    const preview = await ok('import.preview', file('lieux.csv', csv));
    expect(preview.counts).toEqual({
      total: 4,
      create: 2,
      update: 0,
      upToDate: 0,
      actorOnly: 0,
      merge: 0,
      rejected: 1,
      outside: 1,
    });
    expect(preview.rejected).toEqual([{ line: 3, field: 'nom', reason: 'Nom manquant.' }]);
    expect(preview.outside[0]!.line).toBe(4);
    expect(preview.warnings.some((w) => w.line === 5 && w.field === 'pivot')).toBe(true);
    expect(preview.warnings.some((w) => w.line === 5 && w.field === 'courriels')).toBe(true);
  });
});

describe('importing a producer’s spreadsheet with broken characters', () => {
  it('guesses the columns, warns about the characters and finds the communes without leading zeros', async () => {
    await openOn(PROVENCE_ALPES);
    const preview = await ok('import.preview', file('producer-paca-2022-extrait.csv'));
    expect(preview.format).toBe('tableur');
    expect(preview.encoding).toBe('utf-8');
    expect(preview.mojibake?.repairable).toBe(false);
    expect(preview.mojibake?.message).toMatch(/caractères abîmés/);
    expect(preview.mapping).toMatchObject({
      name: 'nom',
      postcode: 'adresse_code_postal',
      communeName: 'adresse_commune',
      inseeCode: 'adresse_code_insee',
    });
    expect(sum(preview.counts)).toBe(59);
    expect(preview.counts.create).toBeGreaterThan(5);
  });

  it('reads its `type_lieu` as the standard’s typologies, broken characters and all', async () => {
    await openOn(PROVENCE_ALPES);
    const preview = await ok('import.preview', file('producer-paca-2022-extrait.csv'));
    expect(preview.mapping.typologies).toBe('type_lieu');
    const unknown = preview.warnings.filter((w) => w.field === 'type_lieu').map((w) => w.reason);
    expect(unknown.join('\n')).not.toMatch(/Biblioth|Tiers-lieu|MSAP/);
    await finished(await ok('import.start', file('producer-paca-2022-extrait.csv')));
    const libraries = await ok('actors.list', { typologies: ['BIB'] });
    expect(libraries.total).toBeGreaterThan(0);
    const first = await ok('actors.get', { id: libraries.items[0]!.id });
    expect(first.typologies).toEqual(['BIB']);
  });

  it('gives back the damaged letters of names one word fits, says so on the row, and guesses no other', async () => {
    await openOn(PROVENCE_ALPES);
    const preview = await ok('import.preview', file('producer-paca-2022-extrait.csv'));
    const repaired = preview.warnings.filter((w) => w.field === 'nom' && w.reason.startsWith('Nom lu avec'));
    expect(repaired.length).toBeGreaterThan(5);
    expect(repaired.map((w) => w.reason)).toContain(
      'Nom lu avec des caractères abîmés, réparé\u00a0: «\u00a0M\uFFFDdiath\uFFFDque Fran\uFFFDois Mitterrand\u00a0» → «\u00a0Médiathèque François Mitterrand\u00a0».',
    );
    await finished(await ok('import.start', file('producer-paca-2022-extrait.csv')));
    const names = (await ok('actors.list', { limit: 200 })).items.map((item) => item.name);
    expect(names).toContain('Médiathèque François Mitterrand');
    expect(names.filter((name) => /Biblioth\uFFFDque|M\uFFFDdiath\uFFFDque/.test(name))).toEqual([]);
    // A re-import of the same file finds the same places (their ids come from the names as written).
    const again = await ok('import.preview', file('producer-paca-2022-extrait.csv'));
    expect(again.counts.create).toBe(0);
  });
});

describe('a producer’s « itinerant » column', () => {
  it('reads « Oui » and « non » as the standard’s itinerance, in that column only', async () => {
    await openOn(GRAND_REIMS);
    const csv = [
      'nom;adresse_code_postal;adresse_commune;itinerant;description',
      'Bus numérique du Grand Reims;51100;Reims;Oui;Oui',
      'Médiathèque Jean-Falala;51100;Reims;non;',
      'Espace public numérique;51100;Reims;;',
      'Point relais;51100;Reims;peut-être;',
    ].join('\n');
    const preview = await ok('import.preview', file('producteur.csv', csv));
    expect(preview.mapping.itinerance).toBe('itinerant');
    expect(preview.warnings.filter((w) => w.field === 'itinerant').map((w) => [w.line, w.reason])).toEqual([
      [5, 'Valeur non reconnue, laissée de côté\u00a0: «\u00a0peut-être\u00a0».'],
    ]);
    await finished(await ok('import.start', file('producteur.csv', csv)));
    const itinerance = async (name: string) => {
      const [item] = (await ok('actors.list', { search: name })).items;
      return (await ok('actors.get', { id: item!.id })).places[0]!.itinerance;
    };
    expect(await itinerance('Bus numérique')).toEqual(['Itinérant']);
    expect(await itinerance('Jean-Falala')).toEqual(['Fixe']);
    expect(await itinerance('Espace public')).toEqual([]);
  });
});

describe('a row to create that the directory may already hold', () => {
  it('says so on its line: the same name in the same commune from another producer, or a place in the Corbeille', async () => {
    await openOn(GRAND_REIMS);
    const first = [
      'id;nom;code_postal;commune',
      'a1;Médiathèque Jean-Falala;51100;Reims',
      'a2;Point relais;51100;Reims',
    ];
    await finished(await ok('import.start', file('producteur-a.csv', first.join('\n'))));
    // The Point relais closed: put in the Corbeille.
    const [relais] = (await ok('actors.list', { search: 'point relais' })).items;
    await ok('actors.delete', { id: relais!.id });
    // Another producer's file names the médiathèque otherwise written, without the first file's id.
    const other = [
      'nom;code_postal;commune',
      'MEDIATHEQUE JEAN FALALA;51100;Reims',
      'Bus numérique;51100;Reims',
    ];
    const fromOther = await ok('import.preview', file('producteur-b.csv', other.join('\n')));
    expect(fromOther.counts.create).toBe(2);
    expect(fromOther.alreadyThere).toEqual({ sameName: 1, trashed: 0 });
    expect(fromOther.warnings.map((w) => [w.line, w.reason])).toEqual([
      [
        2,
        '«\u00a0Médiathèque Jean-Falala\u00a0» est déjà dans l’annuaire à Reims, sans l’identifiant ni le SIRET de cette ligne\u00a0: l’import crée une autre fiche. Vérifiez la paire dans «\u00a0Doublons probables\u00a0» après l’import.',
      ],
    ]);
    // The first producer's file again: the place in the Corbeille is named, the médiathèque is up to date.
    const again = await ok('import.preview', file('producteur-a.csv', first.join('\n')));
    expect(again.counts).toMatchObject({ create: 1, upToDate: 1 });
    expect(again.alreadyThere).toEqual({ sameName: 0, trashed: 1 });
    expect(again.warnings).toEqual([
      {
        line: 3,
        field: null,
        reason: expect.stringMatching(
          /^Ce lieu, avec le même identifiant dans ce fichier, a été mis à la Corbeille le 5\savril\s2026\u00a0: l’import le crée de nouveau\./,
        ),
      },
    ]);
  });
});

describe('a SIRET another actor holds', () => {
  it('is said on the line that gives it to another actor', async () => {
    await openOn(GRAND_REIMS);
    const siret = fictitiousSiret('8123456780001');
    const first = [
      'id;nom;code_postal;commune;siret',
      `a1;Centre social;51100;Reims;${siret}`,
      'a2;Bus numérique;51100;Reims;',
    ];
    await finished(await ok('import.start', file('producteur.csv', first.join('\n'))));
    const next = [
      'id;nom;code_postal;commune;siret',
      `a1;Centre social;51100;Reims;${siret}`,
      `a2;Bus numérique;51100;Reims;${siret}`,
    ];
    const preview = await ok('import.preview', file('producteur.csv', next.join('\n')));
    expect(preview.warnings.map((w) => [w.line, w.field, w.reason])).toEqual([
      [
        3,
        'siret',
        `Ce SIRET (${formatSiret(siret)}) est, dans l’annuaire, celui de «\u00a0Centre social\u00a0»\u00a0: cette ligne le donne à un autre acteur. Vérifiez les deux fiches après l’import.`,
      ],
    ]);
  });
});

describe('large files and broken characters', () => {
  it('copies the database next to its file before importing more than 500 rows', async () => {
    await openOn(GRAND_REIMS);
    const lines = ['nom;code_postal;ville'];
    for (let i = 1; i <= 501; i++) lines.push(`Lieu numéro ${i};51100;Reims`);
    const preview = await ok('import.preview', file('grand-tableur.csv', lines.join('\n')));
    expect(preview.backupBefore).toBe(true);
    expect(preview.counts.create).toBe(501);
    const done = await finished(await ok('import.start', file('grand-tableur.csv', lines.join('\n'))));
    expect(done.state).toBe('done');
    expect(done.backupPath).toMatch(/maillage\.avant-import\.2026-04-05T10-00-00\.sqlite$/);
    expect(existsSync(done.backupPath!)).toBe(true);
    expect(count('actor')).toBe(501);
  });

  it('repairs « Ã© » when asked, and follows the user’s column mapping', async () => {
    await openOn(GRAND_REIMS);
    const broken =
      'Raison sociale,CP,Localité,Contact\nMÃ©diathÃ¨que Jean-Falala,51100,Reims,contact@reims.fr\n';
    const asIs = await ok('import.preview', file('tableur.csv', broken));
    expect(asIs.mojibake).toMatchObject({ repairable: true, repaired: false });
    expect(asIs.mapping).toMatchObject({ name: 'Raison sociale', postcode: 'CP', communeName: 'Localité' });
    expect(asIs.mapping.email).toBeUndefined();
    const mapping = { ...asIs.mapping, email: 'Contact' };
    const request = { ...file('tableur.csv', broken), repair: true, mapping };
    expect((await ok('import.preview', request)).mojibake?.repaired).toBe(true);
    await finished(await ok('import.start', request));
    const [item] = (await ok('actors.list', {})).items;
    const actor = await ok('actors.get', { id: item!.id });
    expect(actor.name).toBe('Médiathèque Jean-Falala');
    expect(actor.places[0]!.email).toBe('contact@reims.fr');
  });
});
