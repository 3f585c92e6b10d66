import Papa from 'papaparse';
import { cleanControlCharacters } from '../../../../shared/text/controlCharacters';
import { detectDelimiter, type Delimiter } from './delimiter';

/**
 * A CSV text read into a header and records, each record with the line number it starts on in the file.
 * Control characters are cleaned at this boundary (line breaks kept in values, turned into spaces in headers):
 * every file read here, directory or indicators, brings text that ends up in documents and maps.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  records: CsvRecord[];
  /**
   * The last record when the file stops in the middle of it (no line break at the end, and fewer values
   * than headers or an unclosed quote). It stays in `records`: each reader decides (imports of places
   * report it and leave it out).
   */
  truncated: CsvRecord | null;
}

/** Control characters a multi-line value loses or changes (`cleanControlCharacters`). */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/;

export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let line = 1;
  let previousCursor = 0;
  let unclosedQuoteAt: number | null = null;
  // Checked once for the whole file: most files hold none, and their values are then kept as read.
  const clean = CONTROL.test(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      // The line breaks of what the record consumed, counted in place (no copy of its text).
      let leading = 0;
      while (previousCursor + leading < cursor && text.charCodeAt(previousCursor + leading) === 10) leading++;
      const values = clean
        ? result.data.map((value) => cleanControlCharacters(value, 'multiline'))
        : result.data;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteAt = line + leading;
      rows.push({ line: line + leading, values });
      for (
        let at = text.indexOf('\n', previousCursor);
        at !== -1 && at < cursor;
        at = text.indexOf('\n', at + 1)
      )
        line++;
      previousCursor = cursor;
    },
  });
  const nonEmpty = rows.filter((row) => row.values.some((value) => value.trim() !== ''));
  const [head, ...records] = nonEmpty;
  const headers = (head?.values ?? []).map((header) => cleanControlCharacters(header).trim());
  const last = records.at(-1);
  const cut =
    last !== undefined &&
    !text.endsWith('\n') &&
    (last.values.length < headers.length || unclosedQuoteAt === last.line);
  return { delimiter, headers, records, truncated: cut ? last : null };
}
