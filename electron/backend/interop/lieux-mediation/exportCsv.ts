import { defuseFormulaCell } from '../csv/formulaCells';

/**
 * RFC 4180 writing: a value holding the separator, a double quote or a line break is wrapped in double
 * quotes, its quotes doubled; lines end with CRLF, as the RFC says. Every data cell is first defused against
 * formula injection (see `formulaCells.ts`): the files are opened in spreadsheets.
 */

export function csvCell(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  separator = ',',
): string {
  const line = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  const defused = rows.map((cells) => cells.map(defuseFormulaCell));
  return [line(header), ...defused.map(line)].map((text) => `${text}\r\n`).join('');
}
