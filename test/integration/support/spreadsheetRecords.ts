import { readXlsx } from '../../../electron/backend/interop/xlsx/readXlsx';
import type { XlsxCell } from '../../../electron/backend/interop/xlsx/sheetRows';

/** The directory's workbook as Excel reads it: its one sheet, and each line as header → cell. */
export function spreadsheetRecords(file: { content: string; base64: boolean }) {
  if (!file.base64) throw new Error('Le classeur doit arriver en base64.');
  const [sheet, ...others] = readXlsx(Buffer.from(file.content, 'base64'));
  if (!sheet || others.length > 0) throw new Error('Le classeur doit avoir une seule feuille.');
  const [header, ...lines] = sheet.rows;
  const headers = (header ?? []).map(String);
  return {
    sheetName: sheet.name,
    headers,
    records: lines.map((line) =>
      Object.fromEntries(headers.map((name, index) => [name, line[index] ?? null])),
    ) as Record<string, XlsxCell>[],
  };
}

/** The workbook as text for a pinned file: one line per row, cells by tab, numbers and dates marked. */
export function spreadsheetText(file: { content: string; base64: boolean }): string {
  const { sheetName, headers, records } = spreadsheetRecords(file);
  const cellText = (cell: XlsxCell) =>
    cell === null
      ? ''
      : cell instanceof Date
        ? `date:${cell.toISOString().slice(0, 10)}`
        : typeof cell === 'number'
          ? `nombre:${cell}`
          : JSON.stringify(cell);
  return [
    `feuille ${sheetName}`,
    headers.join('\t'),
    ...records.map((record) => headers.map((name) => cellText(record[name] ?? null)).join('\t')),
    '',
  ].join('\n');
}
