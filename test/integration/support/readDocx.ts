import { inflateRawSync } from 'node:zlib';

/**
 * The parts of a .docx (a zip file), read with Node's own inflate: the central directory lists each entry,
 * stored (0) or deflated (8). Enough for tests to read `word/document.xml` and list `word/media/*`.
 * (JSZip is not installed: docx 9 bundles its own zip writer.)
 */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOfDirectory = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('Ce fichier n’est pas une archive zip.');
  const count = buffer.readUInt16LE(endOfDirectory + 10);
  let offset = buffer.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('Répertoire zip illisible.');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface DocxParts {
  files: Map<string, Buffer>;
  /** `word/document.xml` as text. */
  document: string;
  /** Every header and footer part, as text. */
  headers: string[];
  footers: string[];
  media: string[];
  /** The visible text of the body, paragraph by paragraph. */
  paragraphs: string[];
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

export function readDocx(base64: string): DocxParts {
  const files = readZip(Buffer.from(base64, 'base64'));
  const part = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const names = [...files.keys()];
  const document = part('word/document.xml');
  return {
    files,
    document,
    headers: names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(part),
    footers: names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part),
    media: names.filter((n) => n.startsWith('word/media/')),
    paragraphs: [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => textOf(match[0])),
  };
}

/** The text of the headings of one level, in order. */
export function headingsOf(document: string, level: 1 | 2 | 3): string[] {
  return [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((match) => match[0])
    .filter((xml) => xml.includes(`<w:pStyle w:val="Heading${level}"/>`))
    .map(textOf);
}

/** The rows of every table, as the text of their cells. */
export function tablesOf(document: string): { headerRepeats: boolean; rows: string[][] }[] {
  return [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => {
    const rows = [...match[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
    );
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(match[0])?.[0] ?? '';
    return { headerRepeats: firstRow.includes('<w:tblHeader/>'), rows };
  });
}
