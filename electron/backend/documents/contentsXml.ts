import { CONTENT_WIDTH, STYLE } from './documentStyles';
import type { HeadingDepth, Outline } from './outline';
import { runXml } from './paragraphXml';

/**
 * The contents (`Outline.contents`) written directly as WordprocessingML text, for a document whose body is
 * streamed (the annuaire's 500 communes): the bytes docx writes for the same lines, without its objects.
 * Each line: the title (bold at level 1), a tab to dots, and a PAGEREF field to its heading's bookmark.
 */

const TABS = `<w:tabs><w:tab w:val="right" w:pos="${CONTENT_WIDTH}" w:leader="dot"/></w:tabs>`;

export function* contentsXml(outline: Outline, depth: HeadingDepth): Generator<string> {
  for (const entry of outline.listed(depth)) {
    const spacing =
      entry.level === 1 ? '<w:spacing w:after="60" w:before="120"/>' : '<w:spacing w:after="40"/>';
    yield (
      `<w:p><w:pPr><w:pStyle w:val="${STYLE.contents}"/>${TABS}${spacing}` +
      `<w:ind w:left="${(entry.level - 1) * 340}"/></w:pPr>` +
      runXml({ text: `${entry.text}\t`, bold: entry.level === 1 }) +
      '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>' +
      `<w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText>` +
      '<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    );
  }
}
