import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { CONTENT_WIDTH, PALETTE, STYLE } from './documentStyles';
import { fitInto } from './imageSize';
import type { DocumentLogo } from './logo';

/**
 * What frames every page after the title page: the EPCI's logo and name above, the document's title, its
 * date and « page x / y » below (PAGE and NUMPAGES fields, which Word and LibreOffice count themselves).
 */

export interface FrameText {
  /** The EPCI's name as the user wrote it (« CC du Civraisien en Poitou »). */
  territoryName: string;
  /** The document's title, repeated at the foot of each page. */
  title: string;
  /** The date of the document, in French (« 1er décembre 2026 »). */
  date: string;
}

/** The logo in the header: at most 1,1 cm high and 4 cm wide, its proportions kept. */
const HEADER_LOGO_BOX = { width: 151, height: 42 };

const rule = { style: BorderStyle.SINGLE, size: 4, color: PALETTE.rule, space: 4 };

export function pageHeader(frame: FrameText, logo: DocumentLogo | null): Header {
  const children = [];
  if (logo) {
    children.push(
      new ImageRun({
        type: logo.type,
        data: logo.bytes,
        transformation: fitInto(logo.size, HEADER_LOGO_BOX),
        altText: { name: 'Logo', description: `Logo de ${frame.territoryName}`, title: 'Logo' },
      }),
      new TextRun({ text: '\t' }),
    );
  }
  children.push(new TextRun({ text: frame.territoryName, bold: true, color: PALETTE.accent }));
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.frame,
        children,
        alignment: logo ? AlignmentType.LEFT : AlignmentType.RIGHT,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: rule },
      }),
      // With a logo the header is taller than the top margin and pushes the text down: a small gap keeps
      // the first line off the rule.
      ...(logo
        ? [new Paragraph({ style: STYLE.frame, spacing: { before: 0, after: 0, line: 160 }, children: [] })]
        : []),
    ],
  });
}

export function pageFooter(frame: FrameText): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.frame,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { top: rule },
        children: [
          new TextRun({ text: `${frame.title} — ${frame.date}` }),
          new TextRun({
            children: ['\tpage\u00a0', PageNumber.CURRENT, '\u00a0/\u00a0', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** The title page carries its own logo and title: no header or footer on it. */
export const emptyHeader = (): Header => new Header({ children: [new Paragraph({ children: [] })] });
export const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({ children: [] })] });
