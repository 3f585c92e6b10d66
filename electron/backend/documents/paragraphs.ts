import { Paragraph, TextRun } from 'docx';
import { PALETTE, STYLE } from './documentStyles';
import { missingRun, type Agreement } from './missing';
import { frenchTypography } from './frenchTypography';

/** The paragraphs documents are written with, French typography applied to the user's text. */

/** `keepNext`: the paragraph stays on the same page as what follows it (a table it introduces). */
export interface KeepOption {
  keepNext?: boolean;
}

/** `pageBreakBefore`: the paragraph opens a page (the first of a body that has no heading to do it). */
export function body(text: string, options: KeepOption & { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    keepNext: options.keepNext || undefined,
    pageBreakBefore: options.pageBreakBefore || undefined,
    children: [new TextRun(frenchTypography(text))],
  });
}

/** Several lines of text the user wrote (commentary, notes): one paragraph per non-empty line. */
export function bodyLines(text: string, options: KeepOption = {}): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => body(line, options));
}

/** « Libellé : valeur », or « Libellé : non renseigné » in grey when the value is missing. */
export function labelled(
  label: string,
  value: string | null | undefined,
  agreement: Agreement = 'm',
  options: { indent?: boolean } & KeepOption = {},
): Paragraph {
  const text = value?.trim() ?? '';
  return new Paragraph({
    style: STYLE.body,
    indent: options.indent ? { left: 284 } : undefined,
    keepNext: options.keepNext || undefined,
    spacing: { after: 40 },
    children: [
      new TextRun({ text: `${label}\u00a0: `, color: PALETTE.muted }),
      text === '' ? missingRun(agreement) : new TextRun(frenchTypography(text)),
    ],
  });
}

/** A short muted line under a heading (roles, typologies). */
export function note(text: string, options: KeepOption = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    spacing: { after: 60 },
    keepNext: options.keepNext || undefined,
    children: [new TextRun({ text: frenchTypography(text), color: PALETTE.muted })],
  });
}
