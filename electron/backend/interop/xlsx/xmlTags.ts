import { xmlText } from './xmlText';

/**
 * The elements of a small OOXML part (workbook, relationships, styles) as a flat list of tags, enough to read
 * their attributes: these parts are a few kilobytes, so a regular expression is plenty. Namespace prefixes are
 * dropped (« x:sheet » is a « sheet »), as producers built on the Open XML SDK write them.
 */

export interface XmlTag {
  name: string;
  closing: boolean;
  /** `<name …/>`: opens and closes at once. */
  selfClosing: boolean;
  attributes: Record<string, string>;
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[2]!] = xmlText(match[3] ?? match[4] ?? '');
  return attributes;
}

export function xmlTags(xml: string): XmlTag[] {
  const tags: XmlTag[] = [];
  for (const match of xml.matchAll(TAG))
    tags.push({
      name: match[3]!,
      closing: match[1] === '/',
      selfClosing: match[5] === '/',
      attributes: attributesOf(match[4] ?? ''),
    });
  return tags;
}
