import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { largeCoopActivities, largeCoopExport } from '../fixtures/activity/largeCoopExport';
import {
  COOP_HEADERS,
  FIRST_QUARTER,
  MARCH_APRIL,
  PEOPLE,
  coopRow,
  fileTotals,
} from '../fixtures/activity/coopExport';
import { useActorsBackend } from './support/actorsBackend';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../fixtures/activity', name)).toString('base64');
const coopFile = (name: string) => ({ fileName: name, contentBase64: fixture(name), kind: 'coop' as const });
const T1 = coopFile('coop-activites-t1-2026.xlsx');
const SERIAL_TEXT = coopFile('coop-activites-dates-serial-text.xlsx');
const MARCH_APRIL_FILE = coopFile('coop-activites-mars-avril-2026.xlsx');

describe('activity import (La Coop « Activités » export)', () => {
  const api = useActorsBackend();

  async function mediatheque() {
    api.open();
    const actor = await api.create({
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
      places: [{ name: 'Médiathèque Kateb Yacine', communeCode: '38185', postcode: '38000' }],
    } as never);
    await api.create({ name: 'CCAS d’Échirolles', communeCode: '38151' });
    return actor;
  }

  it('finds the header below the export metadata, splits the multi-line cells, counts what the file says, writes nothing', async () => {
    const actor = await mediatheque();
    const report = await api.ok('activity.preview', T1);
    const expected = fileTotals(FIRST_QUARTER);
    expect(report.sheetName).toBe('Activités');
    expect(report.headerLine).toBe(13);
    expect(report.rowsRead).toBe(expected.activities);
    expect(report.activityCount).toBe(expected.activities);
    expect(report.accompanimentCount).toBe(expected.participants);
    expect(report.individualCount).toBe(expected.individual);
    expect(report.collectiveCount).toBe(expected.collective);
    expect([report.firstDay, report.lastDay]).toEqual(['2026-01-06', '2026-03-31']);
    expect(report.refusedCount).toBe(0);
    // Names, notes and free text are left out, each with its reason.
    const leftOut = Object.fromEntries(
      report.columns.filter((c) => !c.kept).map((c) => [c.header, c.reason]),
    );
    expect(Object.keys(leftOut)).toEqual(
      expect.arrayContaining([
        'Bénéficiaire',
        'Notes supplémentaires',
        'Nom de la démarche administrative',
        'Lieu',
      ]),
    );
    expect(leftOut['Bénéficiaire']).toContain('jamais enregistré');
    expect(report.columns.filter((c) => c.kept).map((c) => c.header)).toEqual([
      'Date',
      'Type',
      'Nombre de participants',
      'Canaux d’accompagnement',
      'Durée (min)',
      'Thématique(s) d’accompagnement',
      'Commune de résidence du bénéficiaire',
      'Genre du bénéficiaire',
      'Tranche d’âge du bénéficiaire',
      'Statut du bénéficiaire',
    ]);
    expect(report.actorChoices[0]).toMatchObject({ actorId: actor.id, why: 'nom du lieu dans le fichier' });
    expect(api.count('activity_import')).toBe(0);
    expect(api.count('activity_day')).toBe(0);
  });

  it('imports: the totals equal the file’s, per month, theme, commune of residence and public', async () => {
    const actor = await mediatheque();
    const result = await api.ok('activity.import', {
      ...T1,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    expect(result.replacedImports).toBe(0);
    expect(result.import).toMatchObject({ actorName: 'Médiathèque Kateb Yacine', periodEnd: '2026-03-31' });
    const overview = await api.ok('activity.overview', {});
    // « Toute l’activité importée » spans the period imported, as the Word report does, not only its active days.
    expect([overview.firstDay, overview.lastDay]).toEqual(['2026-01-01', '2026-03-31']);
    const expected = fileTotals(FIRST_QUARTER);
    expect(overview.totals).toMatchObject({
      activities: expected.activities,
      accompaniments: expected.participants,
      individualActivities: expected.individual,
      collectiveActivities: expected.collective,
      minutes: expected.minutes,
    });
    const sum = (values: { accompaniments: number }[]) =>
      values.reduce((total, v) => total + v.accompaniments, 0);
    expect(sum(overview.byCommune)).toBe(expected.participants);
    expect(sum(overview.byAge)).toBe(expected.participants);
    expect(overview.byMonth.map((m) => [m.month, m.individual + m.collective])).toEqual([
      ['2026-01', 6],
      ['2026-02', 3],
      ['2026-03', 6],
    ]);
    // Grenoble (38000 and 38100 lines), read as one commune; Paris outside; « - » unknown.
    const grenoble = overview.byCommune.find((c) => c.communeCode === '38185')!;
    const peopleOf = (commune: string) =>
      FIRST_QUARTER.flatMap((a) => a.people).filter((p) => p.commune.endsWith(commune)).length;
    expect(grenoble.accompaniments).toBe(peopleOf('Grenoble'));
    expect(overview.byCommune.find((c) => c.communeCode === '75056')).toMatchObject({ inTerritory: false });
    expect(overview.byCommune.find((c) => c.communeCode === null)?.accompaniments).toBe(peopleOf('-'));
    const procedures = FIRST_QUARTER.filter((a) => a.themes.includes('Aide aux démarches administratives'));
    expect(overview.totals.procedureAccompaniments).toBe(procedures.reduce((n, a) => n + a.people.length, 0));
    expect(overview.byTheme.find((t) => t.label === 'Aide aux démarches administratives')?.activities).toBe(
      procedures.length,
    );
    expect(overview.sources).toHaveLength(1);
  });

  it('stores no name, note or free text: the database file holds none of the fixture’s people', async () => {
    const actor = await mediatheque();
    await api.ok('activity.import', {
      ...T1,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const { sqlite, databasePath } = api.backend.ctx;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat([readFileSync(databasePath)]);
    const texts = [bytes.toString('utf8'), bytes.toString('utf16le')];
    const secrets = [
      ...Object.values(PEOPLE).flatMap((p) => p.name.split(' ').filter((word) => word.length >= 6)),
      'mot de passe Ameli',
      'Demande de RSA',
      'sans ascenseur',
      'Atelier smartphone',
      'Tag interne',
    ];
    for (const secret of secrets) for (const text of texts) expect(text).not.toContain(secret);
  });

  it.each([
    ['written by ExcelJS, La Coop’s own library', 'coop-activites-t1-2026-exceljs.xlsx'],
    ['saved again by LibreOffice', 'coop-activites-t1-2026-libreoffice.xlsx'],
  ])('imports the same export %s alike', async (_producer, name) => {
    const expected = fileTotals(FIRST_QUARTER);
    const actor = await mediatheque();
    const file = coopFile(name);
    const report = await api.ok('activity.preview', file);
    expect(report.refusedCount, name).toBe(0);
    expect([report.activityCount, report.firstDay, report.lastDay], name).toEqual([
      FIRST_QUARTER.length,
      '2026-01-06',
      '2026-03-31',
    ]);
    await api.ok('activity.import', {
      ...file,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const overview = await api.ok('activity.overview', {});
    expect(overview.totals, name).toMatchObject({
      activities: expected.activities,
      accompaniments: expected.participants,
      minutes: expected.minutes,
    });
    expect(
      overview.byMonth.map((m) => [m.month, m.individual + m.collective]),
      name,
    ).toEqual([
      ['2026-01', 6],
      ['2026-02', 3],
      ['2026-03', 6],
    ]);
  });

  it('reads dates as Excel serial numbers and as text alike', async () => {
    const actor = await mediatheque();
    const report = await api.ok('activity.preview', SERIAL_TEXT);
    expect(report.refusedCount).toBe(0);
    expect(report.activityCount).toBe(FIRST_QUARTER.length);
    expect([report.firstDay, report.lastDay]).toEqual(['2026-01-06', '2026-03-31']);
    await api.ok('activity.import', {
      ...SERIAL_TEXT,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const overview = await api.ok('activity.overview', {});
    expect(overview.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(overview.totals.accompaniments).toBe(fileTotals(FIRST_QUARTER).participants);
  });

  it('re-importing an overlapping export of the same actor replaces the overlap, never double-counts', async () => {
    const actor = await mediatheque();
    await api.ok('activity.import', {
      ...T1,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const second = await api.ok('activity.import', {
      ...MARCH_APRIL_FILE,
      actorId: actor.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    expect(second.replacedImports).toBe(1);
    const overview = await api.ok('activity.overview', {});
    const union = [...FIRST_QUARTER.filter((a) => a.day < '2026-03-01'), ...MARCH_APRIL];
    expect(overview.totals.activities).toBe(union.length);
    expect(overview.totals.accompaniments).toBe(fileTotals(union).participants);
    const imports = await api.ok('activity.imports', {});
    expect(imports.map((i) => [i.periodStart, i.periodEnd])).toEqual([
      ['2026-03-01', '2026-04-30'],
      ['2026-01-01', '2026-02-28'],
    ]);
    // The same file twice: the figures stay those of one file.
    await api.ok('activity.import', {
      ...MARCH_APRIL_FILE,
      actorId: actor.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    expect((await api.ok('activity.overview', {})).totals.accompaniments).toBe(
      fileTotals(union).participants,
    );
    // Another actor's figures over the same period are kept.
    const ccas = await api.create({ name: 'CCAS de Vienne', communeCode: '38544' });
    await api.ok('activity.import', {
      ...MARCH_APRIL_FILE,
      actorId: ccas.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    const both = await api.ok('activity.overview', { from: '2026-03-01', to: '2026-04-30' });
    expect(both.totals.accompaniments).toBe(2 * fileTotals(MARCH_APRIL).participants);
    expect(both.byActor).toHaveLength(2);
  });

  it.each([
    ['document-pdf-renomme.xlsx', 'document PDF'],
    ['classeur-vide.xlsx', 'est vide'],
    ['mauvaises-colonnes.xlsx', 'ne contient pas le tableau des activités de La Coop'],
  ])('refuses %s with a French message and writes nothing', async (name, message) => {
    const actor = await mediatheque();
    const preview = await api.failure('activity.preview', coopFile(name));
    expect(preview.message).toContain(message);
    const imported = await api.failure('activity.import', {
      ...coopFile(name),
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    expect(imported.message).toContain(message);
    expect(api.count('activity_import')).toBe(0);
    expect(api.count('activity_public')).toBe(0);
  });

  it('a failure in the middle of the write leaves nothing half-written', async () => {
    const actor = await mediatheque();
    await api.ok('activity.import', {
      ...T1,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const before = api.count('activity_public');
    // A trigger makes the last table's insert fail once the earlier deletes and inserts have run.
    api.backend.ctx.sqlite.exec(
      `CREATE TRIGGER fail_public BEFORE INSERT ON activity_public WHEN NEW.day = '2026-04-14'
       BEGIN SELECT RAISE(ABORT, 'panne simulée'); END`,
    );
    await api.failure('activity.import', {
      ...MARCH_APRIL_FILE,
      actorId: actor.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    expect(api.count('activity_import')).toBe(1);
    expect(api.count('activity_public')).toBe(before);
    const imports = await api.ok('activity.imports', {});
    expect(imports[0]).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-03-31' });
  });

  it('reads a per-month table through the column wizard', async () => {
    const actor = await mediatheque();
    const table = {
      fileName: 'tableau-par-mois.csv',
      contentBase64: fixture('tableau-par-mois.csv'),
      kind: 'table' as const,
    };
    const report = await api.ok('activity.preview', table);
    expect(report.headers).toEqual(['Mois', 'Type', 'Nombre d’accompagnements', 'Thématique', 'Commune']);
    expect(report.accompanimentCount).toBe(12 + 8 + 15 + 9);
    expect([report.firstDay, report.lastDay]).toEqual(['2026-01-01', '2026-03-01']);
    await api.ok('activity.import', {
      ...table,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const overview = await api.ok('activity.overview', {});
    expect(overview.byMonth.map((m) => [m.month, m.individual, m.collective])).toEqual([
      ['2026-01', 12, 8],
      ['2026-02', 15, 0],
      ['2026-03', 9, 0],
    ]);
    expect(overview.byCommune.find((c) => c.communeCode === '38185')?.accompaniments).toBe(27);
    // The wizard's own choice: no count column, each row one activity.
    const chosen = await api.ok('activity.preview', { ...table, mapping: { dateColumn: 'Mois' } });
    expect(chosen.accompanimentCount).toBe(4);
    expect(chosen.columns.filter((c) => c.kept).map((c) => c.header)).toEqual(['Mois']);
  });

  it('finds the table on whichever sheet holds it (a summary sheet first)', async () => {
    const actor = await mediatheque();
    const table = [COOP_HEADERS.map((h) => h) as Row, ...FIRST_QUARTER.map((a) => coopRow(a, a.day) as Row)];
    const workbook = await writeXlsxFile([
      { sheet: 'Synthèse', data: [['Bilan du trimestre'], ['Accompagnements', 21]] },
      { sheet: 'Activités', data: table },
    ]).toBuffer();
    const file = {
      fileName: 'deux-feuilles.xlsx',
      contentBase64: workbook.toString('base64'),
      kind: 'coop' as const,
    };
    const report = await api.ok('activity.preview', file);
    expect(report.sheetName).toBe('Activités');
    expect(report.headerLine).toBe(1);
    expect(report.accompanimentCount).toBe(fileTotals(FIRST_QUARTER).participants);
    await api.ok('activity.import', {
      ...file,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
  });

  it('an actor deleted for good keeps its figures under the name it had; an import can be deleted alone', async () => {
    const actor = await mediatheque();
    await api.ok('activity.import', {
      ...T1,
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    await api.ok('actors.delete', { id: actor.id });
    await api.ok('actors.purge', { id: actor.id });
    const [kept] = await api.ok('activity.imports', {});
    expect(kept).toMatchObject({ actorId: null, actorName: 'Médiathèque Kateb Yacine' });
    const overview = await api.ok('activity.overview', {});
    expect(overview.byActor).toEqual([
      {
        label: 'Médiathèque Kateb Yacine',
        activities: FIRST_QUARTER.length,
        accompaniments: fileTotals(FIRST_QUARTER).participants,
      },
    ]);
    await api.ok('activity.deleteImport', { id: kept!.id });
    expect(api.count('activity_day') + api.count('activity_theme') + api.count('activity_public')).toBe(0);
    expect((await api.ok('activity.overview', {})).firstDay).toBeNull();
  });

  it('reads a 100,000-activity export whole: the totals equal the file’s', { timeout: 120_000 }, async () => {
    const actor = await mediatheque();
    const activities = largeCoopActivities(100_000);
    const workbook = await largeCoopExport(activities);
    await api.ok('activity.import', {
      fileName: 'activites-100000.xlsx',
      contentBase64: workbook.toString('base64'),
      kind: 'coop',
      actorId: actor.id,
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
    });
    const overview = await api.ok('activity.overview', {});
    const expected = fileTotals(activities);
    expect(overview.totals).toMatchObject({
      activities: expected.activities,
      accompaniments: expected.participants,
      collectiveActivities: expected.collective,
      minutes: expected.minutes,
    });
  });
});
