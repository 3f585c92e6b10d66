/* eslint-disable no-control-regex -- control characters are this file's subject */
/**
 * Control characters at the boundary of a text field. They are invisible, they break XML (a Word document, an
 * SVG map) and nobody means them: Word's Shift+Enter (U+000B, the vertical tab) and the form feed become a line
 * break in a multi-line field and a space elsewhere, as do the Unicode line and paragraph separators
 * (U+2028, U+2029); the other C0 controls (U+0000–U+001F) and DEL (U+007F) are removed. A multi-line field keeps
 * its tabs and line breaks (CRLF and lone CR become LF); a one-line field turns them into spaces.
 */

export type TextShape = 'line' | 'multiline';

// Any C0 control except tab, LF and CR, plus DEL: always removed.
const REMOVED = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// Vertical tab, form feed, line and paragraph separators: a line break in a multi-line field.
const BREAKS = /[\u000B\u000C\u2028\u2029]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/;

export function cleanControlCharacters(text: string, shape: TextShape = 'line'): string {
  // Most values hold no control at all (bar the line breaks of a multi-line text): nothing is copied then.
  if (!ANY_CONTROL.test(text) && (shape === 'multiline' || !/[\t\n\r]/.test(text))) return text;
  const kept = text.replace(REMOVED, '').replace(/\r\n?/g, '\n').replace(BREAKS, '\n');
  return shape === 'multiline' ? kept : kept.replace(/[\t\n]/g, ' ');
}

/**
 * What XML 1.0 cannot hold at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) is
 * removed, the vertical tab and the form feed becoming a space (they separate words). For the writers of XML (SVG
 * maps, charts) that may meet names stored before fields were cleaned.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, (character) => (character === '\u000B' || character === '\u000C' ? ' ' : ''));
}
