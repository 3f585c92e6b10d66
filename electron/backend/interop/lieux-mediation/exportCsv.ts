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

/**
 * A CSV text written line by line: `add` one row's cells (written at once: the array may be refilled), `text`
 * the whole file. Each line is joined from its cells in one go and the file from its lines, so that the
 * 26,000 lines of a whole directory make 26,000 strings, not a million pieces strung together.
 */
export function csvWriter(
  header: readonly string[],
  separator = ',',
): { add: (cells: readonly string[]) => void; text: () => string } {
  const written: string[] = [];
  const line = (cells: readonly string[], defuse: boolean): string => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      written[i] = cell === '' ? '' : csvCell(defuse ? defuseFormulaCell(cell) : cell, separator);
    }
    written.length = cells.length;
    return written.join(separator);
  };
  const lines = [line(header, false)];
  return {
    add: (cells) => {
      lines.push(line(cells, true));
    },
    text: () => `${lines.join('\r\n')}\r\n`,
  };
}

export function csvText(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  separator = ',',
): string {
  const writer = csvWriter(header, separator);
  for (const cells of rows) writer.add(cells);
  return writer.text();
}
