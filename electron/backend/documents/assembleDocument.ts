import { Document, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { documentStyles, PAGE, STYLE } from './documentStyles';
import { emptyFooter, emptyHeader, pageFooter, pageHeader } from './pageFrame';
import { titlePage } from './titlePage';
import type { DocumentLogo } from './logo';
import type { HeadingDepth, Outline } from './outline';
import { contentsXml } from './contentsXml';
import { packStreamed, streamedBody, type StreamedBody } from './streamedBody';

/**
 * One document from its parts: the title page, the contents (see `outline.ts`), then the body, every page
 * after the first framed by the header and footer.
 */

export interface DocumentParts {
  territoryName: string;
  title: string;
  subtitle: string | null;
  /** The date of the document in French (« 1er décembre 2026 »). */
  date: string;
  author: string | null;
  logo: DocumentLogo | null;
  /** 'report': title page, contents, then the body; 'note': a title at the top of the first page, no contents. */
  layout?: 'report' | 'note';
  /** The headings of the body, for the contents. */
  outline: Outline;
  /** Contents listing headings of levels 1 to this (0: no contents, for short documents). */
  contentsDepth: 0 | HeadingDepth;
  body: FileChild[];
  /** The long middle of the body, written as XML text where `body` holds its marker (`streamedBody.ts`). */
  streamedBody?: StreamedBody;
}

/** The documents assembled with a streamed body, to be packed with it (and with their contents, streamed too). */
const streamedBodies = new WeakMap<Document, StreamedBody[]>();

/** The top of a note's first page: its title, then the territory and the date. */
function noteHeading(parts: DocumentParts): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.title,
      spacing: { before: 0, after: 80 },
      children: [new TextRun(parts.title)],
    }),
    new Paragraph({
      style: STYLE.subtitle,
      children: [new TextRun([parts.territoryName, parts.subtitle, parts.date].filter(Boolean).join(' — '))],
    }),
  ];
}

/** Fewer headings than this, and a contents page would be a page nearly empty: the document has none. */
const CONTENTS_MIN_ENTRIES = 8;

export function assembleDocument(parts: DocumentParts): Document {
  const frame = { territoryName: parts.territoryName, title: parts.title, date: parts.date };
  const isNote = parts.layout === 'note';
  const depth = parts.contentsDepth;
  const hasContents = depth !== 0 && !isNote && parts.outline.titles(depth).length >= CONTENTS_MIN_ENTRIES;
  // A streamed body's document is long: its contents (500 communes' lines) are written as XML text too.
  const streamedContents =
    hasContents && parts.streamedBody ? streamedBody(() => contentsXml(parts.outline, depth)) : null;
  const contents: FileChild[] = !hasContents
    ? []
    : [
        new Paragraph({
          style: STYLE.contentsTitle,
          pageBreakBefore: true,
          children: [new TextRun('Sommaire')],
        }),
        ...(streamedContents ? [streamedContents.marker] : parts.outline.contents(depth)),
      ];
  const document = new Document({
    title: `${parts.title} — ${parts.territoryName}`,
    creator: parts.author ?? parts.territoryName,
    description: `${parts.title}, ${parts.date}`,
    styles: documentStyles,
    // Word refreshes the contents' page numbers (PAGEREF fields) when it opens the document.
    features: { updateFields: contents.length > 0 },
    sections: [
      {
        properties: {
          titlePage: !isNote,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.headerDistance,
              footer: PAGE.footerDistance,
            },
          },
        },
        headers: isNote
          ? { default: pageHeader(frame, parts.logo) }
          : { default: pageHeader(frame, parts.logo), first: emptyHeader() },
        footers: isNote
          ? { default: pageFooter(frame) }
          : { default: pageFooter(frame), first: emptyFooter() },
        children: [
          ...(isNote
            ? noteHeading(parts)
            : titlePage(
                {
                  territoryName: parts.territoryName,
                  title: parts.title,
                  subtitle: parts.subtitle,
                  date: parts.date,
                  author: parts.author,
                },
                parts.logo,
              )),
          ...contents,
          ...parts.body,
        ],
      },
    ],
  });
  if (parts.streamedBody)
    streamedBodies.set(
      document,
      streamedContents ? [streamedContents, parts.streamedBody] : [parts.streamedBody],
    );
  return document;
}

export async function documentBytes(document: Document): Promise<Buffer> {
  const streamed = streamedBodies.get(document);
  return streamed ? packStreamed(document, ...streamed) : Packer.toBuffer(document);
}
