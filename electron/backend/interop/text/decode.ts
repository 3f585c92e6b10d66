/**
 * Turning a file's bytes into text: UTF-16 (little- or big-endian, with or without BOM: Excel's « Texte
 * Unicode » is UTF-16 LE with tabs), else UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * else Windows-1252 (what Excel saves on a French Windows). Line endings become `\n`.
 */

import { Buffer, isUtf8 } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-16 without BOM: text of this kind is mostly Latin letters, each one byte followed (LE) or preceded
 * (BE) by a zero. UTF-8 and Windows-1252 text never holds zero bytes, so a third of them settles it.
 */
function utf16WithoutBomOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  if (oddZeros > pairs / 3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs / 3 && oddZeros === 0) return 'utf-16be';
  return null;
}

function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bomLength: number } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', bomLength: 2 };
  const guessed = utf16WithoutBomOf(bytes);
  return guessed ? { encoding: guessed, bomLength: 0 } : null;
}

const clean = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Where the text of a file starts and how it is written (UTF-16 by its BOM or its zeros, else UTF-8 if valid). */
function encodingOf(bytes: Uint8Array): { encoding: TextEncodingName; body: Uint8Array; hadBom: boolean } {
  const utf16 = utf16Of(bytes);
  if (utf16)
    return { encoding: utf16.encoding, body: bytes.subarray(utf16.bomLength), hadBom: utf16.bomLength > 0 };
  const hadBom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
  const body = hadBom ? bytes.subarray(3) : bytes;
  // Node's own UTF-8 check (simdutf): several times faster than a fatal TextDecoder on a 50 MB file.
  return { encoding: isUtf8(body) ? 'utf-8' : 'windows-1252', body, hadBom };
}

function decodeWhole(body: Uint8Array, encoding: TextEncodingName): string {
  // Node's own UTF-8 decoder (simdutf), the same verdict as TextDecoder's, several times faster.
  if (encoding === 'utf-8')
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return new TextDecoder(encoding).decode(body);
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const { encoding, body, hadBom } = encodingOf(bytes);
  return { text: clean(decodeWhole(body, encoding)), encoding, hadBom };
}

/**
 * How many bytes a piece holds at least (`decodeInPieces`): 32 KiB, a string V8 keeps with the short-lived
 * objects, freed young, where a 1 MiB one goes to its large-object space, freed only by a full collection
 * (100,000 rows: the engine's peak 316–327 MB against 337–357 MB, as fast).
 */
const PIECE_BYTES = 1 << 15;

export interface DecodedPieces {
  encoding: TextEncodingName;
  hadBom: boolean;
  /**
   * The text in pieces of a few tens of KiB, each ending just after a line break (the last at the file's end),
   * as `decodeBytes` would give it if joined; a new walk through the bytes at each call. A line is never split,
   * so what is looked for within a line (a broken character, a CR LF) is found in one piece.
   */
  pieces(): Generator<string>;
}

/**
 * The same text as `decodeBytes`, in pieces: a large file is never held whole as text (50 MB of UTF-8 is
 * 100 MB of text once a « ’ » makes it two bytes a character). UTF-16 (rare, and small: Excel's « Texte
 * Unicode ») comes in one piece.
 */
export function decodeInPieces(bytes: Uint8Array, pieceBytes = PIECE_BYTES): DecodedPieces {
  const { encoding, body, hadBom } = encodingOf(bytes);
  return {
    encoding,
    hadBom,
    *pieces() {
      if (encoding === 'utf-16le' || encoding === 'utf-16be') {
        yield clean(decodeWhole(body, encoding));
        return;
      }
      // In UTF-8 and Windows-1252 a byte 0x0A is a line break and nothing else: a cut after it splits no letter.
      for (let start = 0; start < body.length || start === 0;) {
        const newline = body.indexOf(0x0a, start + pieceBytes - 1);
        const end = newline === -1 ? body.length : newline + 1;
        const piece = decodeWhole(body.subarray(start, end), encoding);
        yield start === 0 ? clean(piece) : piece.replace(/\r\n?/g, '\n');
        start = end;
        if (end === body.length) return;
      }
    },
  };
}
