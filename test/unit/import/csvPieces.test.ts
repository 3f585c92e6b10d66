import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsePieces } from '../../../electron/backend/interop/csv/parsePieces';
import { detectDelimiter } from '../../../electron/backend/interop/csv/delimiter';
import {
  readTable,
  streamTable,
  type SourceRecord,
} from '../../../electron/backend/interop/lieux-mediation/readTable';
import { decodeBytes, decodeInPieces } from '../../../electron/backend/interop/text/decode';
import { findMojibake, mojibakeTally, repairMojibake } from '../../../electron/backend/interop/text/mojibake';

/**
 * The import reads a file's text in pieces of about a mebibyte (`decodeInPieces`, `streamCsv`), never whole:
 * whatever the file, what it reads must be exactly what reading the whole text gives — the same text, records,
 * lines, cut last row, broken characters and repair. Pieces of a few bytes here, so that every file is cut
 * everywhere a real one could be: in a quoted value, a CR LF, a letter of several bytes, a broken sequence.
 */

const cell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a"b',
    ';',
    ',',
    '\t',
    '\n',
    '\r\n',
    '\r',
    'Ã©',
    'â€™',
    '\uFFFD',
    '’',
    'é',
    '😀',
    '\u0001',
    '\u2028',
    '=1+1',
    "'=SOMME(A1)",
    'Médiathèque',
  ),
);

/** A CSV text as producers write them: any separator, quoted or not (sometimes badly), CR LF or not, blank lines. */
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 10 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([sep, rows, eol, quoteAll, bom]) => {
    const lines = [['id', 'nom', 'commune', 'services'], ...rows].map((row) =>
      row
        .map((value) =>
          quoteAll || /["\n,;\t]/.test(value) ? `"${value.replace(/"/g, quoteAll ? '"' : '""')}"` : value,
        )
        .join(sep),
    );
    return (bom ? '\uFEFF' : '') + lines.join(eol);
  });

const jsonText = fc
  .array(fc.dictionary(fc.constantFrom('id', 'nom', 'commune'), cell), { maxLength: 5 })
  .map((items) => JSON.stringify(items, null, 1));

/** Bytes of a file: UTF-8 (with or without BOM), Windows-1252-like single bytes, or anything at all. */
const fileBytes = fc.oneof(
  fc.oneof(csvText, jsonText).map((text) => new TextEncoder().encode(text)),
  csvText.map((text) => Uint8Array.from([...text].map((char) => char.charCodeAt(0) & 0xff))),
  fc.uint8Array({ maxLength: 300 }),
);

function readInPieces(bytes: Uint8Array, pieceBytes: number) {
  const records: SourceRecord[] = [];
  let headers: string[] = [];
  const end = streamTable(
    decodeInPieces(bytes, pieceBytes).pieces(),
    (read) => (headers = read),
    (record) => records.push(record),
  );
  return { end, headers, records };
}

describe('a file read in pieces', () => {
  it('is the same text, cut only after line breaks', () => {
    fc.assert(
      fc.property(fileBytes, fc.integer({ min: 1, max: 40 }), (bytes, pieceBytes) => {
        const whole = decodeBytes(bytes);
        const decoded = decodeInPieces(bytes, pieceBytes);
        const pieces = [...decoded.pieces()];
        expect(pieces.join('')).toBe(whole.text);
        expect([decoded.encoding, decoded.hadBom]).toEqual([whole.encoding, whole.hadBom]);
        for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same records, lines and cut last row as the whole text', () => {
    fc.assert(
      fc.property(fileBytes, fc.integer({ min: 1, max: 40 }), (bytes, pieceBytes) => {
        const whole = readTable(decodeBytes(bytes).text);
        const read = readInPieces(bytes, pieceBytes);
        expect(read.records).toEqual(whole.records);
        expect(read.end).toEqual({
          kind: whole.kind,
          headers: whole.headers,
          truncatedLine: whole.truncatedLine,
        });
        expect(read.headers).toEqual(whole.headers);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same broken characters, and repairs them the same', () => {
    fc.assert(
      fc.property(fileBytes, fc.integer({ min: 1, max: 40 }), (bytes, pieceBytes) => {
        const text = decodeBytes(bytes).text;
        const tally = mojibakeTally();
        const repaired = [...decodeInPieces(bytes, pieceBytes).pieces()].map((piece) => tally.add(piece));
        const finding = findMojibake(text);
        expect(tally.finding()).toEqual(finding);
        if (finding?.kind !== 'utf8-read-as-1252') return;
        const wholeRepair = repairMojibake(text);
        expect(tally.repairable()).toBe(wholeRepair !== null);
        if (wholeRepair !== null) expect(repaired.join('')).toBe(wholeRepair);
      }),
      { numRuns: 400 },
    );
  });

  it('is parsed as papaparse parses the whole text', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 40 }), (text, pieceBytes) => {
        const clean = decodeBytes(new TextEncoder().encode(text)).text;
        const delimiter = detectDelimiter(clean);
        const rows: string[][] = [];
        const cursors: number[] = [];
        parsePieces(decodeInPieces(new TextEncoder().encode(text), pieceBytes).pieces(), {
          delimiter,
          newline: '\n',
          step: (result) => {
            rows.push(result.data);
            cursors.push(result.meta.cursor);
          },
        });
        const expected: string[][] = [];
        const expectedCursors: number[] = [];
        Papa.parse<string[]>(clean, {
          delimiter,
          step: (result) => {
            expected.push(result.data);
            expectedCursors.push(result.meta.cursor);
          },
        });
        expect(rows).toEqual(expected);
        expect(cursors).toEqual(expectedCursors);
      }),
      { numRuns: 400 },
    );
  });
});
