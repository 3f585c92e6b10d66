import readXlsxFile from 'read-excel-file/node';
import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import { readCsv } from '../interop/csv/readCsv';
import { decodeBytes } from '../interop/text/decode';
import { readXlsx } from '../interop/xlsx/readXlsx';

/**
 * A spreadsheet's sheets as rows of cells, whatever it is: an Excel workbook (.xlsx: dates as `Date` when the cell
 * has a date format, numbers as numbers, text as text, and a merged cell's value in its top-left cell only) or a
 * CSV (decoded, separator detected). A file of another kind gets a French message that says what it is and what
 * to do. Workbooks are read by our own sheet reader (`interop/xlsx/`, four times faster on a 100,000-row export);
 * a workbook it cannot read is given to read-excel-file, the general one, before the user is told.
 */

export type SheetCell = string | number | boolean | Date | null;

export interface SheetRows {
  name: string | null;
  rows: SheetCell[][];
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** The binary Office formats (.xls of Excel 97–2003, .doc). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function notAWorkbook(fileName: string, what: string): AppFailure {
  return new AppFailure(
    'invalid_input',
    `${quoted(fileName)} ${what}\u00a0: ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format ${quoted('Classeur Excel (.xlsx)')} ou CSV, puis importez ce fichier.`,
  );
}

export async function readSpreadsheet(bytes: Buffer, fileName: string): Promise<SheetRows[]> {
  if (bytes.length === 0) throw new AppFailure('invalid_input', `Le fichier ${quoted(fileName)} est vide.`);
  if (startsWith(bytes, PDF)) throw notAWorkbook(fileName, 'est un document PDF, pas un tableau');
  if (startsWith(bytes, OLE))
    throw notAWorkbook(fileName, 'est au format Excel 97–2003 (.xls), que Maillage ne lit pas');
  if (startsWith(bytes, ZIP)) {
    try {
      return readXlsx(bytes);
    } catch {
      // Read again below by the general reader, which says the file is damaged if it cannot read it either.
    }
    try {
      const sheets = await readXlsxFile(bytes);
      return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as SheetCell[][] }));
    } catch {
      throw notAWorkbook(
        fileName,
        'n’est pas un classeur Excel lisible (un autre document compressé, ou un classeur abîmé)',
      );
    }
  }
  if (/\.xlsx$/i.test(fileName))
    throw notAWorkbook(fileName, 'porte le nom d’un classeur Excel mais n’en est pas un');
  const decoded = decodeBytes(bytes);
  if (decoded.text.includes('\u0000'))
    throw notAWorkbook(fileName, 'n’est ni un classeur Excel ni un fichier CSV');
  const table = readCsv(decoded.text);
  return [{ name: null, rows: [table.headers, ...table.records.map((record) => record.values)] }];
}
