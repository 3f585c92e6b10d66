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

export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let line = 1;
  let previousCursor = 0;
  let unclosedQuoteAt: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const consumed = text.slice(previousCursor, cursor);
      const leading = /^\n*/.exec(consumed)?.[0].length ?? 0;
      const values = result.data.map((value) => cleanControlCharacters(value, 'multiline'));
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteAt = line + leading;
      rows.push({ line: line + leading, values });
      line += (consumed.match(/\n/g) ?? []).length;
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
