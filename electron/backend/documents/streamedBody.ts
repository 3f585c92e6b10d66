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
 * paragraph in the body; the marker's paragraph is then replaced by the pieces, deflated by Node's zlib (native)
 * a megabyte at a time: each batch is compressed on its own and ends on a byte boundary (a sync flush), the last
 * one ends the stream, and one after the other they make one valid deflate stream. The 24 MB of text are thus
 * never held whole, as a tree or as bytes. fflate writes the zip around it.
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
/** The text is deflated in batches of about this many characters. */
const BATCH = 1 << 20;
const LEVEL = 6;

/** The document's text around its marker paragraph. */
function aroundMarker(xml: string, markerText: string): [string, string] {
  const at = xml.indexOf(markerText);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('le repère du corps du document est introuvable');
  return [xml.slice(0, start), xml.slice(end + '</w:p>'.length)];
}

interface DeflatedPart {
  file: ZipInputFile;
  data: Uint8Array;
}

/** Text deflated batch by batch, with the size and CRC of its UTF-8 bytes. */
function deflatedText(filename: string, batches: Iterable<string>): DeflatedPart {
  const deflated: Buffer[] = [];
  let size = 0;
  let crc = 0;
  let pending: Buffer | null = null;
  for (const batch of batches) {
    if (pending)
      deflated.push(deflateRawSync(pending, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }));
    pending = Buffer.from(batch, 'utf8');
    size += pending.length;
    crc = crc32(pending, crc);
  }
  deflated.push(deflateRawSync(pending ?? Buffer.alloc(0), { level: LEVEL }));
  return { file: { filename, size, crc, compression: 8 }, data: Buffer.concat(deflated) };
}

/** `word/document.xml`, the pieces in the marker's place, in batches of about `BATCH` characters. */
function* documentBatches(xml: string, body: StreamedBody): Generator<string> {
  const [head, tail] = aroundMarker(xml, body.markerText);
  let batch = head;
  for (const piece of body.pieces()) {
    batch += piece;
    if (batch.length < BATCH) continue;
    yield batch;
    batch = '';
  }
  yield batch + tail;
}

function deflatedBytes(filename: string, bytes: Uint8Array): DeflatedPart {
  return {
    file: { filename, size: bytes.length, crc: crc32(bytes), compression: 8 },
    data: deflateRawSync(bytes, { level: LEVEL }),
  };
}

export async function packStreamed(document: Document, body: StreamedBody): Promise<Buffer> {
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
        ? deflatedText(name, documentBatches(Buffer.from(bytes).toString('utf8'), body))
        : deflatedBytes(name, bytes);
    zip.add(file);
    file.ondata!(null, new Uint8Array(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
