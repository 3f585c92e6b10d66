import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import type { SheetRows } from './readSpreadsheet';
import { cellText } from './sheetCell';

/**
 * A table whose rows name their structure or place (the wizard's « Structure ou lieu » column), split into
 * one table per structure: the same sheet, header and line numbers, the other structures' rows left blank (the
 * table reader skips blank rows), so that each is read, reported and imported as its own file.
 */

export interface StructureTable {
  /** As written in the column, trimmed ('' when a row names none). */
  name: string;
  rows: number;
  sheets: SheetRows[];
}

export function structureNames(sheets: SheetRows[], column: string, fileName: string): Map<string, number> {
  const { sheet, headerIndex, at } = locate(sheets, column, fileName);
  const counts = new Map<string, number>();
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    if (row.every((cell) => cellText(cell) === '')) continue;
    const name = cellText(row[at]).trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The rows of the structures named in `names` (several structures tied to one actor are read together). */
export function rowsOfStructures(
  sheets: SheetRows[],
  column: string,
  fileName: string,
  names: ReadonlySet<string>,
): SheetRows[] {
  const { sheet, headerIndex, at } = locate(sheets, column, fileName);
  const rows = sheet.rows.map((row, index) =>
    index <= headerIndex || names.has(cellText(row[at]).trim()) ? row : [],
  );
  return [{ name: sheet.name, rows }];
}

/** The sheet the table reader reads (the first with a non-empty row), its header line and the column. */
function locate(sheets: SheetRows[], column: string, fileName: string) {
  const sheet = sheets.find((candidate) =>
    candidate.rows.some((row) => row.some((cell) => cellText(cell) !== '')),
  );
  if (!sheet)
    throw new AppFailure('invalid_input', `Le fichier ${quoted(fileName)} est vide\u00a0: rien à importer.`);
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  const at = (sheet.rows[headerIndex] ?? []).map((cell) => cellText(cell)).indexOf(column);
  if (at < 0)
    throw new AppFailure(
      'invalid_input',
      `La colonne ${quoted(column)} (structure ou lieu) n’est pas dans ${quoted(fileName)}.`,
    );
  return { sheet, headerIndex, at };
}
