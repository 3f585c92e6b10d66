import {
  Bookmark,
  bookmarkUniqueNumericId,
  HeadingLevel,
  LeaderType,
  PageReference,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { CONTENT_WIDTH, STYLE } from './documentStyles';
import { frenchTypography } from './frenchTypography';

/**
 * The document's headings and its contents. Each heading carries a bookmark; the contents list them with a
 * PAGEREF field to that bookmark, which LibreOffice counts when it lays the pages out and Word refreshes when
 * it opens the document (`updateFields`). Laying the pages out ourselves to write the numbers took seconds for
 * twenty pages: this costs nothing and stays right after the user edits the document.
 */

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export type HeadingDepth = 1 | 2 | 3;

interface Entry {
  level: HeadingDepth;
  text: string;
  bookmark: string;
}

/** A heading written as XML text elsewhere (`paragraphXml.ts`): its place in the contents and its bookmark. */
export interface ReservedHeading extends Entry {
  /** The bookmark's number, from the counter docx's own bookmarks take theirs from. */
  id: number;
}

export class Outline {
  private readonly entries: Entry[] = [];

  /** A heading that the contents list (when its level is within the contents' depth). */
  heading(level: HeadingDepth, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
    const bookmark = `_Toc${String(this.entries.length + 1).padStart(5, '0')}`;
    const typeset = frenchTypography(text);
    this.entries.push({ level, text: typeset, bookmark });
    return new Paragraph({
      heading: LEVELS[level],
      pageBreakBefore: options.pageBreakBefore,
      children: [new Bookmark({ id: bookmark, children: [new TextRun(typeset)] })],
    });
  }

  /**
   * A heading that the contents list, written later as XML text (`headingXml`): reserved here, in the order
   * of the document, so that its bookmark is named and numbered as `heading` would have done.
   */
  reserve(level: HeadingDepth, text: string): ReservedHeading {
    const bookmark = `_Toc${String(this.entries.length + 1).padStart(5, '0')}`;
    const entry = { level, text: frenchTypography(text), bookmark };
    this.entries.push(entry);
    return { ...entry, id: bookmarkUniqueNumericId() };
  }

  /** The titles listed so far. */
  titles(depth: HeadingDepth = 3): string[] {
    return this.entries.filter((entry) => entry.level <= depth).map((entry) => entry.text);
  }

  /** The headings listed down to `depth`, for contents written as XML text (`contentsXml.ts`). */
  listed(depth: HeadingDepth): readonly Readonly<Entry>[] {
    return this.entries.filter((entry) => entry.level <= depth);
  }

  /** One line per heading down to `depth`: the title, dots, and its page. */
  contents(depth: HeadingDepth): Paragraph[] {
    return this.entries
      .filter((entry) => entry.level <= depth)
      .map(
        (entry) =>
          new Paragraph({
            style: STYLE.contents,
            indent: { left: (entry.level - 1) * 340 },
            spacing: entry.level === 1 ? { before: 120, after: 60 } : { after: 40 },
            tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: LeaderType.DOT }],
            children: [
              new TextRun({ text: `${entry.text}\t`, bold: entry.level === 1 }),
              new PageReference(entry.bookmark, { hyperlink: true }),
            ],
          }),
      );
  }
}
