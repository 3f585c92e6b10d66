import { randomUUID } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
// fflate's « browser » build: the synchronous zip is all we use, and its Node build declares its own `require`,
// which clashes with the bundle's in out/main (« Identifier 'require' has already been declared »).
import { unzipSync, Zip, type ZipInputFile } from 'fflate/browser';

/**
 * A document whose long middle is written as WordprocessingML text (`paragraphXml.ts`) and streamed into the
 * zip, piece after piece, instead of being built as docx objects, formatted into a second tree, then written
 * whole (seconds and a gigabyte for a 5,000-actor annuaire). docx packs the rest of the document with a marker
 * paragraph in the body; the marker's paragraph is then replaced by the pieces, each encoded as it comes into a
 * one-megabyte buffer deflated by Node's zlib (native) whenever it is full: each batch is compressed on its own
 * and ends on a byte boundary (a sync flush), the last one ends the stream, and one after the other they make one
 * valid deflate stream. The 24 MB of text are thus never held whole, as a tree, as text or as bytes, and each
 * piece is garbage as soon as it is written. fflate writes the zip around it.
 */

export interface StreamedBody {
  /** The paragraph to put in the body where the pieces go. */
  marker: Paragraph;
  markerText: string;
  /** The XML of the body's middle, in order; called once, when the file is packed. */
  pieces: () => Iterable<string>;
}

export function streamedBody(pieces: () => Iterable<string>): StreamedBody {
  const markerText = `maillage-corps-${randomUUID()}`;
  return { marker: new Paragraph({ children: [new TextRun(markerText)] }), markerText, pieces };
}

const DOCUMENT_PART = 'word/document.xml';
/** The text is deflated in batches of at most this many bytes (a longer piece makes a batch of its own). */
const BATCH = 1 << 20;
const LEVEL = 6;

/** Where a marker's paragraph starts and ends in the bytes of `word/document.xml`. */
function markerParagraph(
  xml: Buffer,
  body: StreamedBody,
): { body: StreamedBody; start: number; end: number } {
  const at = xml.indexOf(body.markerText);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('le repère du corps du document est introuvable');
  return { body, start, end: end + '</w:p>'.length };
}

interface DeflatedPart {
  file: ZipInputFile;
  data: Uint8Array;
}

/**
 * UTF-8 text deflated as it is written: each piece is encoded straight into one buffer of `BATCH` bytes, and
 * the buffer is deflated (with the size and CRC of its bytes) whenever the next piece does not fit. A piece
 * thus dies young, as soon as it is written: no rope of pieces nor megabyte string is kept until its batch is
 * full (those outlived the young generation and were most of the annuaire's peak memory).
 */
class DeflatingWriter {
  private readonly buffer = Buffer.allocUnsafe(BATCH);
  private used = 0;
  private size = 0;
  private crc = 0;
  private readonly deflated: Buffer[] = [];

  write(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: most pieces fit without being measured.
    if (this.used + text.length * 3 > BATCH) {
      const length = Buffer.byteLength(text, 'utf8');
      if (this.used + length > BATCH) this.flush();
      if (length > BATCH) {
        this.deflate(Buffer.from(text, 'utf8'), constants.Z_SYNC_FLUSH);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > BATCH) this.flush();
    if (bytes.length > BATCH) this.deflate(bytes, constants.Z_SYNC_FLUSH);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  /** The whole deflate stream: the batches flushed so far, then the last one, which ends it. */
  end(filename: string): DeflatedPart {
    this.deflate(this.buffer.subarray(0, this.used), constants.Z_FINISH);
    this.used = 0;
    return {
      file: { filename, size: this.size, crc: this.crc, compression: 8 },
      data: Buffer.concat(this.deflated),
    };
  }

  private flush(): void {
    if (this.used === 0) return;
    this.deflate(this.buffer.subarray(0, this.used), constants.Z_SYNC_FLUSH);
    this.used = 0;
  }

  /** Each batch compressed on its own, ending on a byte boundary (sync flush) but the last. */
  private deflate(bytes: Uint8Array, finishFlush: number): void {
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    this.deflated.push(deflateRawSync(bytes, { level: LEVEL, finishFlush }));
  }
}

/** `word/document.xml` deflated, each body's pieces written in its marker's place as they are produced. */
function deflatedDocument(xml: Buffer, bodies: readonly StreamedBody[]): DeflatedPart {
  const places = bodies.map((body) => markerParagraph(xml, body)).sort((a, b) => a.start - b.start);
  const writer = new DeflatingWriter();
  let written = 0;
  for (const { body, start, end } of places) {
    writer.writeBytes(xml.subarray(written, start));
    for (const piece of body.pieces()) writer.write(piece);
    written = end;
  }
  writer.writeBytes(xml.subarray(written));
  return writer.end(DOCUMENT_PART);
}

function deflatedBytes(filename: string, bytes: Uint8Array): DeflatedPart {
  return {
    file: { filename, size: bytes.length, crc: crc32(bytes), compression: 8 },
    data: deflateRawSync(bytes, { level: LEVEL }),
  };
}

/** The Word file, each of `bodies` in its marker's place (a document may stream its contents and its body). */
export async function packStreamed(document: Document, ...bodies: StreamedBody[]): Promise<Buffer> {
  const parts = unzipSync(await Packer.toBuffer(document));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    const { file, data } =
      name === DOCUMENT_PART
        ? deflatedDocument(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), bodies)
        : deflatedBytes(name, bytes);
    zip.add(file);
    file.ondata!(null, new Uint8Array(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
