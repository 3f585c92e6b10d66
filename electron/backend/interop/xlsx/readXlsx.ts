import { readDateStyles } from './dateStyles';
import { readSharedStrings } from './sharedStrings';
import { readSheetRows, type XlsxCell } from './sheetRows';
import { openXlsxPackage } from './xlsxPackage';

/** Every worksheet of an Excel workbook (.xlsx), in the workbook's order, as rows of cells (see `sheetRows.ts`). */

export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
}

export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const workbook = openXlsxPackage(bytes);
  const context = {
    sharedStrings: readSharedStrings(workbook.sharedStrings),
    dateStyles: readDateStyles(workbook.styles),
    epoch1904: workbook.epoch1904,
  };
  return workbook.sheets.map((sheet) => ({ name: sheet.name, rows: readSheetRows(sheet.xml, context) }));
}
