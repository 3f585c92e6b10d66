import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { PALETTE, STYLE } from './documentStyles';
import { fitInto } from './imageSize';
import type { DocumentLogo } from './logo';
import { frenchTypography } from './frenchTypography';

/** The first page: the EPCI's logo (or none) and name, the title, what it is for, and the date. */

export interface TitlePageText {
  territoryName: string;
  title: string;
  /** One line under the title (« Classé par commune · 44 acteurs »), or null. */
  subtitle: string | null;
  /** « 1er décembre 2026 » */
  date: string;
  /** The service that wrote it (the territory's contact), or null. */
  author: string | null;
}

const TITLE_LOGO_BOX = { width: 240, height: 120 };

export function titlePage(text: TitlePageText, logo: DocumentLogo | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (logo) {
    paragraphs.push(
      new Paragraph({
        spacing: { before: 600, after: 400 },
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.bytes,
            transformation: fitInto(logo.size, TITLE_LOGO_BOX),
            altText: { name: 'Logo', description: `Logo de ${text.territoryName}`, title: 'Logo' },
          }),
        ],
      }),
    );
  }
  paragraphs.push(
    new Paragraph({
      style: STYLE.subtitle,
      spacing: logo ? undefined : { before: 2400 },
      children: [new TextRun({ text: frenchTypography(text.territoryName), bold: true, color: PALETTE.ink })],
    }),
    new Paragraph({ style: STYLE.title, spacing: { before: 1600 }, children: [new TextRun(text.title)] }),
  );
  if (text.subtitle) {
    paragraphs.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(text.subtitle)] }));
  }
  paragraphs.push(
    new Paragraph({
      style: STYLE.subtitle,
      spacing: { before: 2400 },
      alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: text.date, color: PALETTE.ink })],
    }),
  );
  if (text.author) {
    paragraphs.push(
      new Paragraph({ style: STYLE.body, children: [new TextRun(frenchTypography(text.author))] }),
    );
  }
  return paragraphs;
}
