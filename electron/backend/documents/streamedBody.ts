import { randomUUID } from 'node:crypto';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import { unzipSync, Zip, ZipDeflate } from 'fflate';

/**
 * A document whose long middle is written as WordprocessingML text (`paragraphXml.ts`) and streamed into the
 * zip, piece after piece, instead of being built as docx objects, formatted into a second tree, then written
 * whole (seconds and a gigabyte for a 5,000-actor annuaire). docx packs the rest of the document with a marker
 * paragraph in the body; the marker's paragraph is then replaced by the pieces, deflated as they come.
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
/** Pieces are deflated in batches of about this many characters. */
const BATCH = 1 << 16;

/** The document's text around its marker paragraph. */
function aroundMarker(xml: string, markerText: string): [string, string] {
  const at = xml.indexOf(markerText);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('le repère du corps du document est introuvable');
  return [xml.slice(0, start), xml.slice(end + '</w:p>'.length)];
}

export async function packStreamed(document: Document, body: StreamedBody): Promise<Buffer> {
  const parts = unzipSync(await Packer.toBuffer(document));
  const [head, tail] = aroundMarker(Buffer.from(parts[DOCUMENT_PART]!).toString('utf8'), body.markerText);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (name !== DOCUMENT_PART) {
      entry.push(bytes, true);
      continue;
    }
    let batch = head;
    for (const piece of body.pieces()) {
      batch += piece;
      if (batch.length < BATCH) continue;
      entry.push(Buffer.from(batch, 'utf8'));
      batch = '';
    }
    entry.push(Buffer.from(batch + tail, 'utf8'), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
