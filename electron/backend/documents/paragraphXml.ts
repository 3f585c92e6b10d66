import { PALETTE, STYLE } from './documentStyles';
import { frenchTypography } from './frenchTypography';
import { notProvided, type Agreement } from './missing';
import type { HeadingDepth, ReservedHeading } from './outline';

/**
 * Paragraphs written directly as WordprocessingML text, for the long repeated part of a document (the thousands
 * of entries of an annuaire): the bytes docx writes for the same paragraphs (`paragraphs.ts`, `outline.ts`),
 * without building its objects, their formatted copy, then the text. Only the properties the annuaire uses;
 * the annuaire's pinned test compares every byte with what docx wrote.
 */

export interface RunXml {
  text: string;
  /** false writes « not bold » explicitly, as docx does for `bold: false` (a table's plain cells). */
  bold?: boolean;
  italics?: true;
  color?: string;
  /** A line break before the text (`break: 1`). */
  breakBefore?: true;
}

export interface ParagraphXmlOptions {
  style: string;
  keepNext?: boolean;
  spacing?: { before?: number; after?: number };
  indent?: { left: number; hanging?: number };
  alignment?: 'left' | 'right' | 'center';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** As docx escapes a run's text: `& " ' < >`, and the control characters XML forbids are dropped. */
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeText = (text: string) => text.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? '');

export function runXml(run: RunXml | string): string {
  const { text, bold, italics, color, breakBefore } = typeof run === 'string' ? { text: run } : run;
  const properties =
    (bold === true ? '<w:b/><w:bCs/>' : bold === false ? '<w:b w:val="false"/><w:bCs w:val="false"/>' : '') +
    (italics ? '<w:i/><w:iCs/>' : '') +
    (color ? `<w:color w:val="${color}"/>` : '');
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

export function paragraphXml(options: ParagraphXmlOptions, runs: readonly (RunXml | string)[]): string {
  const { spacing, indent } = options;
  const properties =
    `<w:pStyle w:val="${options.style}"/>` +
    (options.keepNext ? '<w:keepNext/>' : '') +
    (spacing
      ? `<w:spacing${spacing.after === undefined ? '' : ` w:after="${spacing.after}"`}${spacing.before === undefined ? '' : ` w:before="${spacing.before}"`}/>`
      : '') +
    (indent
      ? `<w:ind w:left="${indent.left}"${indent.hanging === undefined ? '' : ` w:hanging="${indent.hanging}"`}/>`
      : '') +
    (options.alignment ? `<w:jc w:val="${options.alignment}"/>` : '');
  return `<w:p><w:pPr>${properties}</w:pPr>${runs.map(runXml).join('')}</w:p>`;
}

/** A heading reserved in the outline (`Outline.reserve`), with its bookmark, as `Outline.heading` writes it. */
export function headingXml(heading: ReservedHeading): string {
  const level: HeadingDepth = heading.level;
  return (
    `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>` +
    `<w:bookmarkStart w:name="${heading.bookmark}" w:id="${heading.id}"/>${runXml(heading.text)}` +
    `<w:bookmarkEnd w:id="${heading.id}"/></w:p>`
  );
}

/** « non renseigné », agreed, in grey italics (`missingRun`). */
export const missingRunXml = (agreement: Agreement = 'm'): RunXml => ({
  text: notProvided(agreement),
  italics: true,
  color: PALETTE.missing,
});

/** `body()`: a paragraph of the user's text. */
export const bodyXml = (text: string): string =>
  paragraphXml({ style: STYLE.body }, [frenchTypography(text)]);

/** `note()`: a short muted line under a heading. */
export const noteXml = (text: string, options: { keepNext?: boolean } = {}): string =>
  paragraphXml({ style: STYLE.body, spacing: { after: 60 }, keepNext: options.keepNext }, [
    { text: frenchTypography(text), color: PALETTE.muted },
  ]);

/** `labelled()`: « Libellé : valeur », or « Libellé : non renseigné » in grey when the value is missing. */
export function labelledXml(
  label: string,
  value: string | null | undefined,
  agreement: Agreement = 'm',
  options: { indent?: boolean; keepNext?: boolean } = {},
): string {
  const text = value?.trim() ?? '';
  return paragraphXml(
    {
      style: STYLE.body,
      indent: options.indent ? { left: 284 } : undefined,
      keepNext: options.keepNext,
      spacing: { after: 40 },
    },
    [
      { text: `${label}\u00a0: `, color: PALETTE.muted },
      text === '' ? missingRunXml(agreement) : frenchTypography(text),
    ],
  );
}
