import { defuseFormulaCell } from '../csv/formulaCells';

/**
 * RFC 4180 writing: a value holding the separator, a double quote or a line break is wrapped in double
 * quotes, its quotes doubled; lines end with CRLF, as the RFC says. Every data cell is first defused against
 * formula injection (see `formulaCells.ts`): the files are opened in spreadsheets.
 *
 * The text is written in one pass, line after line (the 26,000 rows of a whole directory, no copy of them).
 */

const escapedForClass = (separator: string) => separator.replace(/[\\\]^-]/g, '\\$&');

/** The characters that make a cell need quotes, for one separator of one character. */
const needingQuotes = new Map<string, RegExp>();
function quoteTrigger(separator: string): RegExp | null {
  if (separator.length !== 1) return null;
  let trigger = needingQuotes.get(separator);
  if (!trigger) {
    trigger = new RegExp(`["\\r\\n${escapedForClass(separator)}]`);
    needingQuotes.set(separator, trigger);
  }
  return trigger;
}

export function csvCell(value: string, separator: string): string {
  const trigger = quoteTrigger(separator);
  const quoted = trigger ? trigger.test(value) : value.includes(separator) || /["\r\n]/.test(value);
  return quoted ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(cells: readonly string[], separator: string, defuse: boolean): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    line += (i === 0 ? '' : separator) + csvCell(defuse ? defuseFormulaCell(cell) : cell, separator);
  }
  return `${line}\r\n`;
}

export function csvText(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  separator = ',',
): string {
  let text = csvLine(header, separator, false);
  for (const cells of rows) text += csvLine(cells, separator, true);
  return text;
}
