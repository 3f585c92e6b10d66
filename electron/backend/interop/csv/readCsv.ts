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

/** What `streamCsv` tells once the whole text is read (its records went to `onRecord` as they were read). */
export interface CsvStreamEnd {
  delimiter: Delimiter;
  headers: string[];
  /** The last record, not given to `onRecord`, when the file stops in the middle of it (see `CsvTable`). */
  truncated: CsvRecord | null;
}

/**
 * Reads the text record by record: the header first (`onHeaders`), then each non-empty record (`onRecord`),
 * none of them kept here, so that a large file is never held twice. The last record is given only once
 * the end shows it whole.
 */
export function streamCsv(
  text: string,
  onHeaders: (headers: string[]) => void,
  onRecord: (record: CsvRecord) => void,
): CsvStreamEnd {
  const delimiter = detectDelimiter(text);
  let headers: string[] | null = null;
  let held: CsvRecord | null = null;
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
      const record = { line: line + leading, values };
      for (
        let at = text.indexOf('\n', previousCursor);
        at !== -1 && at < cursor;
        at = text.indexOf('\n', at + 1)
      )
        line++;
      previousCursor = cursor;
      if (!values.some((value) => value.trim() !== '')) return;
      if (headers === null) {
        headers = values.map((header) => cleanControlCharacters(header).trim());
        onHeaders(headers);
        return;
      }
      if (held) onRecord(held);
      held = record;
    },
  });
  // Set by the callback above: TypeScript cannot see it.
  const last = held as CsvRecord | null;
  const width = (headers ?? []).length;
  const cut =
    last !== null && !text.endsWith('\n') && (last.values.length < width || unclosedQuoteAt === last.line);
  if (last && !cut) onRecord(last);
  return { delimiter, headers: headers ?? [], truncated: cut ? last : null };
}

/** The whole table at once (files read whole: indicators; a truncated last record stays in `records`). */
export function readCsv(text: string): CsvTable {
  const records: CsvRecord[] = [];
  const end = streamCsv(
    text,
    () => {},
    (record) => records.push(record),
  );
  if (end.truncated) records.push(end.truncated);
  return { ...end, records };
}
