import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../electron/backend/interop/xlsx/readXlsx';
import { isDateFormatCode } from '../../electron/backend/interop/xlsx/dateStyles';
import { readSpreadsheet } from '../../electron/backend/activity/readSpreadsheet';

/**
 * Maillage reads workbooks with its own sheet reader (fast on a 100,000-row export); read-excel-file, the general
 * reader it replaced, is the reference: on every fixture and on random workbooks both must give the same cells.
 */

const FIXTURES = join(__dirname, '../fixtures/activity');

async function reference(bytes: Buffer) {
  const sheets = await readXlsxFile(bytes);
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data }));
}

describe('the workbook reader', () => {
  it('reads every workbook fixture as read-excel-file does, another producer’s (LibreOffice) included', async () => {
    const workbooks = readdirSync(FIXTURES).filter(
      (name) => name.endsWith('.xlsx') && name !== 'document-pdf-renomme.xlsx',
    );
    expect(workbooks.length).toBeGreaterThanOrEqual(6);
    for (const name of workbooks) {
      const bytes = readFileSync(join(FIXTURES, name));
      expect(readXlsx(bytes), name).toEqual(await reference(bytes));
    }
  });

  it('reads the export saved again by LibreOffice exactly as the original', () => {
    const original = readXlsx(readFileSync(join(FIXTURES, 'coop-activites-t1-2026.xlsx')));
    const resaved = readXlsx(readFileSync(join(FIXTURES, 'coop-activites-t1-2026-libreoffice.xlsx')));
    expect(resaved[0]!.rows).toEqual(original[0]!.rows);
    expect(resaved[0]!.rows.some((row) => row[0] instanceof Date)).toBe(true);
  });

  it('agrees with read-excel-file on random sheets of text, numbers, dates, booleans and gaps', async () => {
    const text = fc.oneof(
      // write-excel-file, which writes these workbooks, indexes its shared strings in a plain object: a text named
      // like a property of every object (« valueOf ») gets a function's source as its index, which no workbook
      // holds (the reader refuses it: test below). Such workbooks are not what this compares.
      fc.string({ maxLength: 12 }).filter((value) => !(value in Object.prototype)),
      fc.constantFrom(
        ' Mairie & CCAS ',
        'a < b > c',
        '« Guillemets »',
        'Ligne 1\nLigne 2',
        '_x0041_',
        'l’été',
        '"',
      ),
    );
    const cell = fc.oneof(
      fc.constant(null),
      text,
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc
        .date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => ({
          value: new Date(date.getTime() - (date.getTime() % 1000)),
          type: Date,
          format: 'dd/mm/yyyy',
        })),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(sheet, async (rows) => {
        const bytes = await writeXlsxFile(rows as SheetData, { sheet: 'Feuille' }).toBuffer();
        expect(readXlsx(bytes)).toEqual(await reference(bytes));
      }),
      { numRuns: 150 },
    );
  });
});

/** A workbook written by hand, part by part, for producers whose files read-excel-file was never fed. */
function workbook(
  sheetXml: string,
  options: { sharedStrings?: string; styles?: string; workbookPr?: string } = {},
) {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<x:workbook ${ns} xmlns:r="${rel}">${options.workbookPr ?? ''}<x:sheets><x:sheet name="Données" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="strings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/worksheets/data.xml': strToU8(
      `<x:worksheet ${ns}><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
    ),
  };
  if (options.sharedStrings)
    files['xl/strings.xml'] = strToU8(`<x:sst ${ns}>${options.sharedStrings}</x:sst>`);
  if (options.styles)
    files['xl/styles.xml'] = strToU8(`<x:styleSheet ${ns}>${options.styles}</x:styleSheet>`);
  return zipSync(files);
}

describe('workbooks from other producers', () => {
  it('reads a prefixed namespace (Open XML SDK), inline and rich strings, formulas, and cells without address', () => {
    const bytes = workbook(
      '<x:row><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> Mairie &amp; CCAS </x:t></x:is></x:c>' +
        '<x:c t="s"><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>Ligne_x000A_suivante</x:v></x:c>' +
        '<x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="C3"><x:v>12.5</x:v></x:c><x:c r="D3" t="str"><x:f>B1</x:f></x:c></x:row>',
      {
        sharedStrings:
          '<x:si><x:r><x:t>Espace </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>France Services</x:t></x:r>' +
          '<x:rPh><x:t>ふりがな</x:t></x:rPh></x:si>',
      },
    );
    expect(readXlsx(bytes)).toEqual([
      {
        name: 'Données',
        rows: [
          ['Mairie & CCAS', 'Espace France Services', 'Ligne\nsuivante', null, true],
          [null, null, null, null, null],
          [null, null, 12.5, null, null],
        ],
      },
    ]);
  });

  it('gives dates from built-in, custom and inherited formats, ISO date cells, and the 1904 system', () => {
    const styles =
      '<x:numFmts><x:numFmt numFmtId="165" formatCode="[$-40C]d\\ mmmm\\ yyyy;@"/><x:numFmt numFmtId="166" formatCode="#,##0.00\\ &quot;€&quot;"/></x:numFmts>' +
      '<x:cellStyleXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellStyleXfs>' +
      '<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="165"/><x:xf numFmtId="166"/><x:xf xfId="1"/></x:cellXfs>';
    const cells =
      '<x:row r="1"><x:c r="A1" s="1"><x:v>46027</x:v></x:c><x:c r="B1" s="2"><x:v>46027.5</x:v></x:c>' +
      '<x:c r="C1" s="3"><x:v>46027</x:v></x:c><x:c r="D1" s="4"><x:v>46027</x:v></x:c>' +
      '<x:c r="E1" t="d"><x:v>2026-01-05T00:00:00Z</x:v></x:c></x:row>';
    expect(readXlsx(workbook(cells, { styles }))[0]!.rows).toEqual([
      [
        new Date('2026-01-05T00:00:00Z'),
        new Date('2026-01-05T12:00:00Z'),
        46027,
        new Date('2026-01-05T00:00:00Z'),
        new Date('2026-01-05T00:00:00Z'),
      ],
    ]);
    const mac = workbook('<x:row r="1"><x:c r="A1" s="1"><x:v>44565</x:v></x:c></x:row>', {
      styles,
      workbookPr: '<x:workbookPr date1904="1"/>',
    });
    expect(readXlsx(mac)[0]!.rows).toEqual([[new Date('2026-01-05T00:00:00Z')]]);
  });

  it('tells date formats from number formats', () => {
    for (const code of [
      'dd/mm/yyyy',
      'd mmmm yyyy',
      '[$-40C]d\\ mmmm\\ yyyy;@',
      'hh:mm',
      'mm/yy',
      '[h]:mm:ss',
    ])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0\\ "€"', '0%', '@', '"Jour" 0'])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('refuses a damaged workbook with a French message, whichever reader tried last', async () => {
    const truncated = workbook('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c>').slice(0, 200);
    await expect(readSpreadsheet(Buffer.from(truncated), 'activites.xlsx')).rejects.toThrow(
      /n’est pas un classeur Excel lisible/,
    );
    const outOfOrder = workbook('<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row><x:row r="1"/>');
    expect(() => readXlsx(outOfOrder)).toThrow();
    // A cell pointing to a shared string the workbook does not hold (write-excel-file writes one for « valueOf »).
    const pointless = await writeXlsxFile([['valueOf']] as SheetData, { sheet: 'Feuille' }).toBuffer();
    await expect(readSpreadsheet(pointless, 'activites.xlsx')).rejects.toThrow(
      /n’est pas un classeur Excel lisible/,
    );
  });
});
