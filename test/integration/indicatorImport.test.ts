import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/diagnostic', name));
const IFN = fixture('ifn-civraisien.csv').toString('base64');
const INSEE = fixture('insee-population-civraisien.csv').toString('base64');
const ifnFile = { fileName: 'ifn-city-all-variation.csv', contentBase64: IFN, kind: 'ifn' as const };

type Sqlite = ReturnType<typeof useActorsBackend>['backend']['ctx']['sqlite'];
const cell = (sqlite: Sqlite, key: string, code: string) =>
  sqlite
    .prepare('SELECT value, status FROM indicator_value WHERE indicator_key = ? AND commune_code = ?')
    .get(key, code) as { value: number | null; status: string } | undefined;

describe('indicator import', () => {
  const api = useActorsBackend();

  async function civraisien() {
    api.open({ territory: false });
    await api.ok('territory.choose', { siren: '200070035' });
  }

  it('previews the IFN export: every row accounted for, old and unknown codes reported, nothing written', async () => {
    await civraisien();
    const report = await api.ok('indicators.preview', ifnFile);
    expect(report.delimiter).toBe(';');
    expect(report.rowsRead).toBe(39);
    expect(report.territoryCommuneCount).toBe(35);
    expect(report.matchedCommuneCount).toBe(35);
    expect(report.absentCommunes).toEqual([]);
    // 35 communes + 1 second row for Val-de-Comporté + 2 outside + 1 unknown = 39 rows.
    expect(report.outsideCount).toBe(2);
    expect(report.unknownCodes).toEqual([{ line: 40, code: '86999' }]);
    expect(report.duplicateRows).toHaveLength(1);
    expect(report.duplicateRows[0]).toMatchObject({ line: 31, code: '86231' });
    expect(report.oldCodes).toContainEqual({
      line: 16,
      code: '86043',
      currentCode: '86082',
      currentName: 'Valence-en-Poitou',
    });
    expect(report.columns.map((column) => column.key)).toEqual([
      'no_thd_coverage_rate',
      'no_4g_coverage_rate',
      'poverty_rate',
      'older_65_rate',
      'nscol15p_rate',
      'total',
    ]);
    const byKey = Object.fromEntries(report.columns.map((column) => [column.key, column]));
    expect(byKey.poverty_rate).toMatchObject({
      label: 'Taux de pauvreté',
      okCount: 30,
      secretCount: 5,
      missingCount: 0,
    });
    expect(byKey.total).toMatchObject({ unit: 'score sur 10', okCount: 32, secretCount: 0, missingCount: 3 });
    for (const column of report.columns)
      expect(column.okCount + column.secretCount + column.missingCount + column.invalidCount).toBe(35);
    expect(report.summary.join('\n')).toContain(
      '1\u00a0code inconnu\u00a0: ce n’est pas une commune de France (ligne 40).',
    );
    expect(report.summary.join('\n')).toContain(
      'Taux de pauvreté\u00a0: 30 valeurs, 5 en secret statistique.',
    );
    expect(api.count('indicator_dataset')).toBe(0);
    expect(api.count('indicator_value')).toBe(0);
  });

  it('imports the IFN: « s » stays secret, never zero; the old code lands on today’s commune', async () => {
    await civraisien();
    const { dataset, replaced } = await api.ok('indicators.import', { ...ifnFile, dataset: { year: 2023 } });
    expect(replaced).toBe(false);
    expect(dataset).toMatchObject({
      kind: 'ifn',
      name: 'Indice de fragilité numérique',
      year: 2023,
      fileName: 'ifn-city-all-variation.csv',
      importedAt: '2026-04-05T10:00:00.000Z',
      communeCount: 35,
      territoryCommuneCount: 35,
    });
    expect(api.count('indicator_value')).toBe(35 * 6);
    const sqlite = api.backend.ctx.sqlite;
    expect(cell(sqlite, 'poverty_rate', '86012')).toEqual({ value: null, status: 'secret' }); // Asnois
    expect(cell(sqlite, 'total', '86119')).toEqual({ value: null, status: 'missing' }); // Joussé, « nd »
    expect(cell(sqlite, 'no_4g_coverage_rate', '86266')).toEqual({ value: null, status: 'missing' }); // Surin, empty
    expect(cell(sqlite, 'no_thd_coverage_rate', '86003')).toEqual({ value: 0, status: 'ok' }); // a real zero stays
    expect(cell(sqlite, 'total', '86082')).toEqual({ value: 7.3, status: 'ok' }); // from 86043 Ceaux-en-Couhé
    expect(cell(sqlite, 'total', '86247')).toEqual({ value: 6.9, status: 'ok' }); // its own row, not Saint-Macoux
    expect(cell(sqlite, 'total', '86194')).toBeUndefined(); // Poitiers is outside
    const poverty = dataset.indicators.find((indicator) => indicator.key === 'poverty_rate')!;
    expect(poverty).toMatchObject({ okCount: 30, secretCount: 5, missingCount: 0 });
    expect(poverty.coverage).toBeCloseTo(30 / 35);
  });

  it('replaces a dataset of the same source, name and year, keeps other years, and deletes', async () => {
    await civraisien();
    const first = await api.ok('indicators.import', { ...ifnFile, dataset: { year: 2023 } });
    await api.ok('indicators.import', { ...ifnFile, dataset: { year: 2022 } });
    const again = await api.ok('indicators.import', {
      ...ifnFile,
      fileName: 'ifn-v2.csv',
      dataset: { year: 2023 },
    });
    expect(again.replaced).toBe(true);
    const list = await api.ok('indicators.list', {});
    expect(list.map((dataset) => [dataset.year, dataset.fileName])).toEqual([
      [2023, 'ifn-v2.csv'],
      [2022, 'ifn-city-all-variation.csv'],
    ]);
    expect(list.map((dataset) => dataset.id)).not.toContain(first.dataset.id);
    expect(api.count('indicator_value')).toBe(2 * 35 * 6);

    expect(await api.ok('indicators.delete', { id: again.dataset.id })).toMatchObject({ year: 2023 });
    expect(api.count('indicator_value')).toBe(35 * 6);
    expect((await api.failure('indicators.delete', { id: again.dataset.id })).code).toBe('not_found');
  });

  it('imports an INSEE-style table: units row, Windows-1252, no-break spaces, an Excel error refused with its line', async () => {
    await civraisien();
    const file = { fileName: 'insee.csv', contentBase64: INSEE, kind: 'generic' as const };
    const report = await api.ok('indicators.preview', file);
    expect(report.encoding).toBe('windows-1252');
    expect(report.codeColumn).toBe('CODGEO');
    expect(report.unitsRowLine).toBe(2);
    expect(report.columns.map((column) => [column.column, column.unit])).toEqual([
      ['P21_POP', 'nombre'],
      ['P21_POP65P', 'nombre'],
      ['Part des 75 ans ou plus', '%'],
      ['MED21', '€'],
    ]);
    expect(report.ignoredColumns).toEqual(['LIBGEO']);
    expect(report.summary[2]).toBe(
      'Code commune lu dans la colonne «\u00a0CODGEO\u00a0»\u00a0; 4\u00a0indicateurs\u00a0: P21_POP, P21_POP65P, Part des 75 ans ou plus, MED21 (colonnes non retenues\u00a0: LIBGEO).',
    );
    expect(report.matchedCommuneCount).toBe(8);
    expect(report.outsideCount).toBe(1);
    expect(report.absentCommunes).toHaveLength(27);
    expect(report.invalidValues).toEqual([
      expect.objectContaining({ line: 9, column: 'MED21', value: '#VALEUR!' }),
    ]);

    const { dataset } = await api.ok('indicators.import', {
      ...file,
      dataset: { name: 'Population et revenus', source: 'INSEE', year: 2021 },
    });
    expect(dataset.communeCount).toBe(8);
    const sqlite = api.backend.ctx.sqlite;
    expect(cell(sqlite, 'p21_pop', '86078')).toEqual({ value: 2522, status: 'ok' });
    expect(cell(sqlite, 'part_des_75_ans_ou_plus', '86003')).toEqual({ value: 12.4, status: 'ok' });
    expect(cell(sqlite, 'med21', '86012')).toEqual({ value: null, status: 'secret' });
    expect(cell(sqlite, 'med21', '86247')).toEqual({ value: null, status: 'missing' }); // #VALEUR!
    const median = dataset.indicators.find((indicator) => indicator.key === 'med21')!;
    expect(median).toMatchObject({ label: 'MED21', unit: '€', okCount: 4, secretCount: 3, missingCount: 1 });
  });

  it('follows a mapping: chosen code column, names and units', async () => {
    await civraisien();
    const report = await api.ok('indicators.preview', {
      fileName: 'insee.csv',
      contentBase64: INSEE,
      kind: 'generic',
      mapping: {
        codeColumn: 'CODGEO',
        columns: [{ column: 'P21_POP65P', name: '65 ans et plus', unit: 'habitants' }],
      },
    });
    expect(report.columns).toEqual([
      expect.objectContaining({ label: '65 ans et plus', unit: 'habitants', okCount: 8 }),
    ]);
    const wrong = await api.failure('indicators.preview', {
      fileName: 'insee.csv',
      contentBase64: INSEE,
      kind: 'generic',
      mapping: { codeColumn: 'COMMUNE' },
    });
    expect(wrong.message).toBe('La colonne «\u00a0COMMUNE\u00a0» n’existe pas dans ce fichier.');
  });

  it('keeps a column that is secret everywhere: nothing turns into zero', async () => {
    await civraisien();
    const csv = 'CODGEO;LIBGEO;MED21\n86012;Asnois;s\n86266;Surin;S\n';
    const { dataset } = await api.ok('indicators.import', {
      fileName: 'filosofi.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      kind: 'generic',
      dataset: { name: 'Revenu médian', source: 'INSEE Filosofi', year: 2021, unit: '€' },
    });
    expect(dataset.indicators).toEqual([
      expect.objectContaining({ key: 'med21', unit: '€', okCount: 0, secretCount: 2, coverage: 0 }),
    ]);
    expect(cell(api.backend.ctx.sqlite, 'med21', '86266')).toEqual({ value: null, status: 'secret' });
  });

  it('refuses a bad file in French and writes nothing', async () => {
    await civraisien();
    await api.ok('indicators.import', { ...ifnFile, dataset: { year: 2023 } });
    const before = api.count('indicator_value');
    const notIfn = await api.failure('indicators.import', {
      fileName: 'autre.csv',
      contentBase64: Buffer.from('commune;taux\nCivray;12,5\n').toString('base64'),
      kind: 'ifn',
      dataset: { year: 2023 },
    });
    expect(notIfn.code).toBe('invalid_input');
    expect(notIfn.message).toContain('n’a pas la colonne «\u00a0code\u00a0»');
    const elsewhere = await api.failure('indicators.import', {
      fileName: 'niort.csv',
      contentBase64: Buffer.from('code;total\n79191;5,6\n').toString('base64'),
      kind: 'ifn',
      dataset: { year: 2023 },
    });
    expect(elsewhere.message).toContain('Aucune commune du territoire');
    const json = await api.failure('indicators.preview', {
      fileName: 'contours.geojson',
      contentBase64: Buffer.from('{"type":"FeatureCollection"}').toString('base64'),
      kind: 'generic',
    });
    expect(json.message).toContain('n’est pas un tableau CSV');
    const noName = await api.failure('indicators.import', {
      fileName: 'insee.csv',
      contentBase64: INSEE,
      kind: 'generic',
      dataset: { year: 2021 },
    });
    expect(noName.fields).toHaveProperty(['dataset.name']);
    expect(api.count('indicator_value')).toBe(before);
    expect((await api.ok('indicators.list', {})).map((dataset) => dataset.year)).toEqual([2023]);
  });

  it('asks for a territory first', async () => {
    api.open({ territory: false });
    expect((await api.failure('indicators.preview', ifnFile)).code).toBe('no_territory');
  });
});
