import { randomUUID } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

/**
 * A document whose long middle is written as WordprocessingML text (`paragraphXml.ts`) and streamed into the
 * zip, piece after piece, instead of being built as docx objects, formatted into a second tree, then written
 * whole (seconds and a gigabyte for a 5,000-actor annuaire). docx packs the rest of the document with a marker
 * paragraph in the body; the marker's paragraph is then replaced by the pieces, gathered as UTF-8 bytes (the
 * 24 MB of text, never a tree), and the parts are zipped again, deflated by Node's zlib (native, several times
 * faster than the JavaScript deflate docx zips with).
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
/** Pieces are turned into bytes in batches of about this many characters. */
const BATCH = 1 << 16;

/** The document's text around its marker paragraph. */
function aroundMarker(xml: string, markerText: string): [string, string] {
  const at = xml.indexOf(markerText);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('le repère du corps du document est introuvable');
  return [xml.slice(0, start), xml.slice(end + '</w:p>'.length)];
}

/** `word/document.xml` with the pieces in the marker's place, as UTF-8. */
function documentPart(xml: string, body: StreamedBody): Buffer {
  const [head, tail] = aroundMarker(xml, body.markerText);
  const chunks: Buffer[] = [];
  let batch = head;
  for (const piece of body.pieces()) {
    batch += piece;
    if (batch.length < BATCH) continue;
    chunks.push(Buffer.from(batch, 'utf8'));
    batch = '';
  }
  chunks.push(Buffer.from(batch + tail, 'utf8'));
  return Buffer.concat(chunks);
}

/** One part of the zip, deflated by zlib. */
function deflatedPart(filename: string, bytes: Uint8Array): { file: ZipInputFile; data: Buffer } {
  return {
    file: { filename, size: bytes.length, crc: crc32(bytes), compression: 8 },
    data: deflateRawSync(bytes, { level: 6 }),
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
    const content = name === DOCUMENT_PART ? documentPart(Buffer.from(bytes).toString('utf8'), body) : bytes;
    const { file, data } = deflatedPart(name, content);
    zip.add(file);
    file.ondata!(null, new Uint8Array(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
