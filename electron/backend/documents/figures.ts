import { ImageRun, Paragraph, TextRun, AlignmentType } from 'docx';
import { CONTENT_WIDTH, STYLE, twipsToPixels } from './documentStyles';
import { fitInto, imageSize } from './imageSize';
import { frenchTypography } from './frenchTypography';

/**
 * A picture in the flow of the text (a chart, the map): the PNG at its proportions within the text width,
 * then its caption and « Source : … » underneath, kept on the same page as the picture.
 */

export interface FigureOptions {
  png: Uint8Array;
  caption: string;
  /** « INSEE, population municipale 2022 » (without « Source : »), or null when there is none to give. */
  source: string | null;
  /** Accessible description of what the picture shows. */
  description: string;
  /** Largest height on the page, in pixels at 96 dpi (default: 60 % of the text width). */
  maxHeight?: number;
}

export function figure(options: FigureOptions): Paragraph[] {
  const size = imageSize(options.png, 'png');
  if (!size) throw new Error(`Image illisible pour la figure «\u00a0${options.caption}\u00a0».`);
  const maxWidth = twipsToPixels(CONTENT_WIDTH);
  const box = { width: maxWidth, height: options.maxHeight ?? Math.round(maxWidth * 0.75) };
  const paragraphs = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: options.png,
          transformation: fitInto(size, box),
          altText: { name: options.caption, description: options.description, title: options.caption },
        }),
      ],
    }),
    new Paragraph({ style: STYLE.caption, children: [new TextRun(frenchTypography(options.caption))] }),
  ];
  if (options.source) {
    paragraphs.push(
      new Paragraph({
        style: STYLE.source,
        children: [new TextRun(frenchTypography(`Source\u00a0: ${options.source}`))],
      }),
    );
  }
  return paragraphs;
}
