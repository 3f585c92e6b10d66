import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { FIRST_QUARTER, MARCH_APRIL, PEOPLE, fileTotals } from '../fixtures/activity/coopExport';
import { formatDecimal, formatInteger, quoted } from '../../shared/format/french';
import { activityReportTables, ratePer1000 } from '../../shared/activity/activityReportTables';
import { themeClass } from '../../shared/activity/themeFamilies';
import { useActorsBackend } from './support/actorsBackend';
import { headingsOf, readDocx, tablesOf } from './support/readDocx';
import { withoutContours } from './support/withoutContours';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../fixtures/activity', name)).toString('base64');
const coopFile = (name: string) => ({ fileName: name, contentBase64: fixture(name), kind: 'coop' as const });

/** The text of a docx body, with no-break and thin spaces made plain. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('« Rapport d’activité » (Word) and the XLSX export', () => {
  const api = useActorsBackend();

  /**
   * The médiathèque of Grenoble (January – March), and the CCAS of Échirolles (the March – April export, as if it
   * were its own): people of Grenoble helped in Échirolles, of Échirolles in Grenoble, one of Paris (outside the
   * territory) and one without a commune.
   */
  async function twoStructures() {
    api.open();
    const mediatheque = await api.create({
      name: 'Médiathèque Kateb Yacine',
      communeCode: '38185',
      places: [{ name: 'Médiathèque Kateb Yacine', communeCode: '38185', postcode: '38000' }],
    } as never);
    const ccas = await api.create({ name: 'CCAS d’Échirolles', communeCode: '38151' });
    await api.ok('activity.import', {
      ...coopFile('coop-activites-t1-2026.xlsx'),
      actorId: mediatheque.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    await api.ok('activity.import', {
      ...coopFile('coop-activites-mars-avril-2026.xlsx'),
      actorId: ccas.id,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    return { mediatheque, ccas };
  }

  it('the report’s figures are the screen’s and the files’: totals, months, structures, communes, families', async () => {
    await twoStructures();
    const figures = await api.ok('activity.overview', {});
    const both = [FIRST_QUARTER, MARCH_APRIL].map(fileTotals);
    expect(figures.totals.accompaniments).toBe(both[0]!.participants + both[1]!.participants);
    expect(figures.totals.activities).toBe(both[0]!.activities + both[1]!.activities);

    // « Aide aux démarches administratives » is the procedures' family; its details are not counted twice.
    expect(figures.themeFamilies.find((family) => family.family === 'procedures')?.accompaniments).toBe(
      figures.totals.procedureAccompaniments,
    );
    // An activity counts once in each family it touches, however many of the family's themes it has
    // (« E-mail » and « Prévention en sécurité numérique »: one activity in the digital skills).
    const family = (name: string) => {
      const touched = [...FIRST_QUARTER, ...MARCH_APRIL].filter((activity) =>
        activity.themes.some((theme) => themeClass(theme).family === name),
      );
      return {
        activities: touched.length,
        accompaniments: touched.reduce((sum, activity) => sum + activity.people.length, 0),
      };
    };
    expect(
      figures.themeFamilies.map(({ family, activities, accompaniments }) => ({
        family,
        activities,
        accompaniments,
      })),
    ).toEqual([
      { family: 'procedures', ...family('procedures') },
      { family: 'skills', ...family('skills') },
    ]);
    expect(family('skills').activities).toBeLessThan(figures.totals.activities);
    const report = await api.ok('activity.report', {});
    expect(report.fileName).toMatch(/^Rapport d’activité – .*\.docx$/);
    const docx = readDocx(report.contentBase64);
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain(`ont réalisé ${figures.totals.accompaniments} accompagnements au cours de`);
    expect(headingsOf(docx.document, 1)).toEqual([
      'Synthèse',
      'Au fil des mois',
      'Par structure',
      'Où habitent les personnes accompagnées',
      'Sur quoi',
      'Qui',
      'Sources et limites',
    ]);
    // Every table of the document is the shared table's rows, as the XLSX has them.
    const tables = tablesOf(docx.document).map((table) => table.rows.map((row) => row.map(plain)));
    const synthese = tables.find((rows) => rows[0]![0] === 'Indicateur')!;
    expect(synthese[1]).toEqual([
      'Accompagnements (personnes accompagnées, une fois par activité)',
      formatInteger(figures.totals.accompaniments).replace(/[\u00a0\u202f]/g, ' '),
    ]);
    const structures = tables.find((rows) => rows[0]![0] === 'Structure' && rows[0]!.length === 3)!;
    expect(
      structures
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['CCAS d’Échirolles', 'Médiathèque Kateb Yacine']);
    // The rates per 1,000 inhabitants line up, each with its one decimal (« 3,0 », not « 3 »); outside: none.
    const communes = tables.find((rows) => rows[0]!.includes('Pour 1 000 habitants'))!;
    const rateAt = communes[0]!.indexOf('Pour 1 000 habitants');
    const rates = communes.slice(1).map((row) => row[rateAt]!);
    expect(rates.some((rate) => rate !== '')).toBe(true);
    for (const rate of rates) expect(rate).toMatch(/^(\d[\d ]*,\d)?$/);
    // Genre, as the exports give it per person: each person of each activity once, the unknown said so.
    const people = [...FIRST_QUARTER, ...MARCH_APRIL].flatMap((activity) => activity.people);
    const genres = tables.find((rows) => rows[0]![0] === 'Genre')!;
    expect(Object.fromEntries(genres.slice(1).map((row) => [row[0], row[1]]))).toEqual({
      Féminin: String(people.filter((person) => person.genre === 'Féminin').length),
      Masculin: String(people.filter((person) => person.genre === 'Masculin').length),
      'Non communiqué': String(people.filter((person) => person.genre === 'Non communiqué').length),
    });
    expect(text).toContain(
      `Le genre n’est pas connu pour ${people.filter((person) => person.genre === 'Non communiqué').length} accompagnements.`,
    );
    // Charts drawn: months, kinds, structures, communes, rates, elsewhere, families, themes, details, ages,
    // statuses, genres.
    expect(docx.media.length).toBeGreaterThanOrEqual(10);
    // Paris is outside the territory, said so; the unknown commune is « non renseignée », not 0.
    expect(text).toMatch(/habitent hors du territoire \(Paris/);
    expect(text).toContain('La commune de résidence n’est pas renseignée pour');
    // Privacy: no name, note or workshop title of the fixture reaches the document.
    const secrets = [
      ...Object.values(PEOPLE).flatMap((p) => p.name.split(' ').filter((word) => word.length >= 6)),
      'Atelier smartphone',
      'mot de passe',
    ];
    for (const secret of secrets) expect(docx.document).not.toContain(secret);
  });

  it('the communes whose inhabitants are helped elsewhere: residence ≠ the structure’s commune', async () => {
    await twoStructures();
    const figures = await api.ok('activity.overview', {});
    const march = MARCH_APRIL.flatMap((activity) => activity.people);
    const first = FIRST_QUARTER.flatMap((activity) => activity.people);
    const grenobleAtCcas = march.filter((p) => p.commune.endsWith('Grenoble')).length;
    const echirollesAtMediatheque = first.filter((p) => p.commune.endsWith('Échirolles')).length;
    const grenoble = figures.helpedElsewhere.find((entry) => entry.communeCode === '38185')!;
    expect(grenoble).toMatchObject({ inTerritory: true, elsewhere: grenobleAtCcas });
    expect(grenoble.atHome).toBe(first.filter((p) => p.commune.endsWith('Grenoble')).length);
    expect(grenoble.where).toEqual([
      { name: 'CCAS d’Échirolles', communeName: 'Échirolles', accompaniments: grenobleAtCcas },
    ]);
    const echirolles = figures.helpedElsewhere.find((entry) => entry.communeCode === '38151')!;
    expect(echirolles.elsewhere).toBe(echirollesAtMediatheque);
    const paris = figures.helpedElsewhere.find((entry) => entry.communeCode === '75056')!;
    expect(paris).toMatchObject({ inTerritory: false, atHome: 0 });
    expect(paris.elsewhere).toBe([...first, ...march].filter((p) => p.commune.endsWith('Paris')).length);
    expect(figures.unknownResidence).toBe([...first, ...march].filter((p) => p.commune === '-').length);
  });

  it('the XLSX reads back with the same figures: one sheet per table, numbers as numbers, dates as dates', async () => {
    await twoStructures();
    const figures = await api.ok('activity.overview', { from: '2026-01-01', to: '2026-12-31' });
    const file = await api.ok('activity.spreadsheet', { from: '2026-01-01', to: '2026-12-31' });
    expect(file.fileName).toMatch(/^Activité – tableaux – .*\.xlsx$/);
    const sheets = await readXlsxFile(Buffer.from(file.contentBase64, 'base64'));
    const tables = activityReportTables(figures);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['À lire', ...tables.map((table) => table.sheet)]);
    const sheet = (name: string) => sheets.find((entry) => entry.sheet === name)!.data;
    expect(sheet('Synthèse')[1]).toEqual([
      'Accompagnements (personnes accompagnées, une fois par activité)',
      figures.totals.accompaniments,
    ]);
    const months = sheet('Par mois');
    // Every activity of the fixtures says its type: no « Type non précisé » column of zeros.
    expect(months[0]).toEqual(['Mois', 'Individuel', 'Atelier collectif', 'Total']);
    expect(months[1]![0]).toBeInstanceOf(Date);
    expect((months[1]![0] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    const monthTotal = months.slice(1).reduce((sum, row) => sum + (row[3] as number), 0);
    expect(monthTotal).toBe(figures.totals.accompaniments);
    const communes = sheet('Par commune');
    const grenoble = communes.find((row) => row[0] === 'Grenoble')!;
    const expected = figures.byCommune.find((count) => count.communeCode === '38185')!;
    expect(grenoble[3]).toBe(expected.accompaniments);
    expect(grenoble[5]).toBeCloseTo((expected.accompaniments * 1000) / expected.population!, 1);
    // Paris: outside the territory, no rate (an empty cell, never 0); the unknown commune: « non renseigné ».
    expect(communes.find((row) => row[0] === 'Paris')!.slice(2)).toEqual([
      'Non',
      expect.any(Number),
      null,
      null,
    ]);
    expect(communes.find((row) => row[0] === 'Non communiqué')!.slice(1, 3)).toEqual([
      'non renseigné',
      'non renseigné',
    ]);
    // Privacy: no name of the fixture's people in any sheet.
    const everything = JSON.stringify(sheets);
    for (const person of Object.values(PEOPLE))
      for (const word of person.name.split(' ').filter((part) => part.length >= 6))
        expect(everything).not.toContain(word);
    const sources = sheet('Sources');
    expect(sources[1]![4]).toBeInstanceOf(Date);
    expect(
      sources
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['CCAS d’Échirolles', 'Médiathèque Kateb Yacine']);
  });

  it('a structure’s report: its figures only, its name on the title page; a period without activity is refused', async () => {
    const { ccas } = await twoStructures();
    const figures = await api.ok('activity.overview', { actorId: ccas.id });
    expect(figures.scope).toEqual({ actorId: ccas.id, actorName: 'CCAS d’Échirolles' });
    expect(figures.totals.accompaniments).toBe(fileTotals(MARCH_APRIL).participants);
    expect(figures.sources.map((source) => source.actorName)).toEqual(['CCAS d’Échirolles']);
    const report = await api.ok('activity.report', { actorId: ccas.id });
    expect(report.fileName).toContain('CCAS d’Échirolles');
    const docx = readDocx(report.contentBase64);
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain('CCAS d’Échirolles a réalisé');
    expect(text).not.toContain('Médiathèque Kateb Yacine');
    // One structure: no « Par structure » part.
    expect(headingsOf(docx.document, 1)).not.toContain('Par structure');

    const none = await api.failure('activity.report', {
      actorId: ccas.id,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(none.message).toBe(
      `Aucune activité de ${quoted('CCAS d’Échirolles')} sur cette période\u00a0: choisissez une autre période ou une autre structure.`,
    );
  });

  it('the map per 1,000 inhabitants: said missing without the contours, each commune coloured with them, and in the report', async () => {
    api.open({ territory: false });
    await api.ok('territory.createDemo', undefined as never);
    withoutContours(api.backend.ctx);
    const actor = (await api.ok('actors.list', { search: 'France Services de Civray' } as never)).items[0]!;
    await api.ok('activity.import', {
      ...coopFile('coop-activites-civraisien-2026.xlsx'),
      actorId: actor.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(await api.ok('activity.map', {})).toEqual({ hasContours: false, svg: null });
    const withoutMap = readDocx((await api.ok('activity.report', {})).contentBase64).media.length;

    await api.ok('map.importContours', {
      fileName: 'communes-86-vienne-2018.geojson',
      contentBase64: readFileSync(
        join(__dirname, '../fixtures/geo/communes-86-vienne-2018.geojson'),
      ).toString('base64'),
    });
    const map = await api.ok('activity.map', {});
    const figures = await api.ok('activity.overview', {});
    const civray = figures.byCommune.find((count) => count.label === 'Civray')!;
    const rate = ratePer1000(civray.accompaniments, civray.population)!;
    expect(map.svg).toContain(
      `data-commune-code="${civray.communeCode}"><title>Civray\u00a0: ${formatDecimal(rate)}</title>`,
    );
    expect(map.svg).toContain('Pour 1 000 habitants');
    const withMap = readDocx((await api.ok('activity.report', {})).contentBase64);
    expect(withMap.media.length).toBe(withoutMap + 1);
    expect(plain(withMap.paragraphs.join('\n'))).toContain('Carte : accompagnements pour 1 000 habitants');
  });
});
