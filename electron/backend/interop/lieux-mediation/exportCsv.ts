import { defuseFormulaCell } from '../csv/formulaCells';

/**
 * RFC 4180 writing: a value holding the separator, a double quote or a line break is wrapped in double
 * quotes, its quotes doubled; lines end with CRLF, as the RFC says. Every data cell is first defused against
 * formula injection (see `formulaCells.ts`): the files are opened in spreadsheets.
 *
 * The text is written in one pass, line after line (the 26,000 rows of a whole directory).
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

/** `value` as a CSV cell, quoted when `needsQuotes` (null: any separator) finds what makes it need them. */
function quotedCell(value: string, separator: string, needsQuotes: RegExp | null): string {
  const quoted = needsQuotes ? needsQuotes.test(value) : value.includes(separator) || /["\r\n]/.test(value);
  return quoted ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: string, separator: string): string {
  return quotedCell(value, separator, quoteTrigger(separator));
}

/**
 * A CSV text written line by line: `add` one row's cells (written at once: the array may be refilled), `text`
 * the whole file. Each line is joined from its cells in one go, and the lines are strung together, not copied
 * into one string: whoever sends or saves the text reads it once anyway. (Joining them into chunks, so that
 * the collector would not copy them, cost more than it saved: 60 ms for a whole directory.)
 */
export function csvWriter(
  header: readonly string[],
  separator = ',',
): { add: (cells: readonly string[]) => void; text: () => string } {
  const trigger = quoteTrigger(separator);
  const written: string[] = [];
  const line = (cells: readonly string[], defuse: boolean): string => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      written[i] = cell === '' ? '' : quotedCell(defuse ? defuseFormulaCell(cell) : cell, separator, trigger);
    }
    written.length = cells.length;
    return written.join(separator);
  };
  // Each line ends with CRLF (RFC 4180), the last one too.
  let text = `${line(header, false)}\r\n`;
  return {
    add: (cells) => {
      text += `${line(cells, true)}\r\n`;
    },
    text: () => text,
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
