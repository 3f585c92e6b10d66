import { xmlText } from './xmlText';

/**
 * The workbook's shared strings table, in order (a cell of type « s » holds an index into it). A rich-text string
 * is the concatenation of its runs; the phonetic guides (`rPh`, for East Asian text) are not part of the text.
 */

const ITEM = /<(?:[\w.-]+:)?si\s*\/>|<(?:[\w.-]+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?si>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;

/** The text of a shared string item or an inline string (`<is>`): its runs' texts, phonetic guides left out. */
export function itemText(inner: string): string {
  const plain = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  for (const match of plain.matchAll(TEXT)) text += match[1]!;
  return xmlText(text);
}

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(ITEM)) strings.push(match[1] === undefined ? '' : itemText(match[1]));
  return strings;
}
