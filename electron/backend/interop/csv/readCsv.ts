import { cleanControlCharacters } from '../../../../shared/text/controlCharacters';
import { PieceWindow } from '../text/pieceWindow';
import { detectDelimiter, holdsDelimiterLines, type Delimiter } from './delimiter';
import { parsePieces } from './parsePieces';

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

/** A text whole (one piece) or in pieces that each end at a line break (not a string: its letters are no pieces). */
export type TextPieces = readonly string[] | Generator<string>;

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
 * the end shows it whole. The text may come in pieces that each end at a line break (`decodeInPieces`): it
 * is then never held whole, and read exactly as if it were.
 */
export function streamCsv(
  pieces: TextPieces,
  onHeaders: (headers: string[]) => void,
  onRecord: (record: CsvRecord) => void,
): CsvStreamEnd {
  const source = pieces[Symbol.iterator]();
  const { delimiter, ahead } = delimiterOf(source);
  const window = new PieceWindow();
  // Most files hold no control character: their values are then kept as read (checked piece by piece, a
  // record with one is in a piece already checked when it is read).
  let clean = false;
  let endsWithNewline = false;
  const take = (piece: string) => {
    window.add(piece);
    clean ||= CONTROL.test(piece);
    if (piece !== '') endsWithNewline = piece.endsWith('\n');
    return piece;
  };
  function* fed(): Generator<string> {
    for (let piece = ahead.shift(); piece !== undefined; piece = ahead.shift()) yield take(piece);
    for (let next = source.next(); !next.done; next = source.next()) yield take(next.value);
  }
  let headers: string[] | null = null;
  let held: CsvRecord | null = null;
  let line = 1;
  let previousCursor = 0;
  let unclosedQuoteAt: number | null = null;
  parsePieces(fed(), {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      // The line breaks of what the record consumed, counted in place (no copy of its text).
      let leading = 0;
      while (previousCursor + leading < cursor && window.charCodeAt(previousCursor + leading) === 10)
        leading++;
      const values = clean
        ? result.data.map((value) => cleanControlCharacters(value, 'multiline'))
        : result.data;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteAt = line + leading;
      const record = { line: line + leading, values };
      line += window.countNewlines(previousCursor, cursor);
      previousCursor = cursor;
      window.forgetBefore(cursor);
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
    last !== null && !endsWithNewline && (last.values.length < width || unclosedQuoteAt === last.line);
  if (last && !cut) onRecord(last);
  return { delimiter, headers: headers ?? [], truncated: cut ? last : null };
}

/** The delimiter, from the first pieces: read ahead until they hold the lines `detectDelimiter` reads. */
function delimiterOf(source: Iterator<string>): { delimiter: Delimiter; ahead: string[] } {
  const ahead: string[] = [];
  let head = '';
  for (let next = source.next(); !next.done; next = source.next()) {
    ahead.push(next.value);
    head += next.value;
    if (holdsDelimiterLines(head)) break;
  }
  return { delimiter: detectDelimiter(head), ahead };
}

/** The whole table at once (files read whole: indicators; a truncated last record stays in `records`). */
export function readCsv(text: string): CsvTable {
  const records: CsvRecord[] = [];
  const end = streamCsv(
    [text],
    () => {},
    (record) => records.push(record),
  );
  if (end.truncated) records.push(end.truncated);
  return { ...end, records };
}
