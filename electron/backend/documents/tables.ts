import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { CONTENT_WIDTH, PALETTE, STYLE } from './documentStyles';
import { missingRun } from './missing';
import { frenchTypography } from './frenchTypography';

/**
 * Data tables that read well on paper: a coloured header row that repeats at the top of every page the table
 * runs onto (`tableHeader`) and never ends a page with fewer than two rows under it, rows that do not split
 * across pages, widths that add up to the A4 text width,
 * optional zebra rows, numbers aligned right.
 */

export interface TableColumn {
  title: string;
  /** Share of the text width (the shares of a table add up to 1). */
  share: number;
  /** Numbers are right-aligned. */
  align?: 'left' | 'right' | 'center';
}

/** A cell: text, or runs (a bold total…); null is « non renseigné », '' an empty cell (a total's blank). */
export type CellContent = string | TextRun[] | null;

export interface DataTableOptions {
  columns: TableColumn[];
  rows: CellContent[][];
  zebra?: boolean;
  /** The last row is a total: bold, above a rule. */
  totalRow?: boolean;
  /** A short table that reads as one block (an action's fiche): kept on one page with what precedes it. */
  keepTogether?: boolean;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: PALETTE.rule };
const none = { style: BorderStyle.NIL, size: 0, color: 'auto' };
const margins = { top: 40, bottom: 40, left: 80, right: 80 };

const alignmentOf = (column: TableColumn) =>
  column.align === 'right'
    ? AlignmentType.RIGHT
    : column.align === 'center'
      ? AlignmentType.CENTER
      : AlignmentType.LEFT;

/** Column widths in twips, rounded so that they add up exactly to the text width. */
export function columnWidths(columns: TableColumn[], total = CONTENT_WIDTH): number[] {
  const sum = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => Math.floor((c.share / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function cellParagraphs(
  content: CellContent,
  column: TableColumn,
  bold: boolean,
  keepNext: boolean,
): Paragraph[] {
  const runs =
    content === null
      ? [missingRun()]
      : typeof content === 'string'
        ? frenchTypography(content)
            .split('\n')
            .map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : 0 }))
        : content;
  return [
    new Paragraph({
      style: STYLE.tableText,
      alignment: alignmentOf(column),
      keepNext: keepNext || undefined,
      children: runs,
    }),
  ];
}

export function dataTable(options: DataTableOptions): Table {
  const widths = columnWidths(options.columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: PALETTE.headerFill, color: 'auto' },
          verticalAlign: VerticalAlign.BOTTOM,
          margins,
          children: [
            new Paragraph({
              style: STYLE.tableHeader,
              alignment: alignmentOf(column),
              keepNext: options.rows.length > 0 || undefined,
              children: [new TextRun(column.title)],
            }),
          ],
        }),
    ),
  });
  const body = options.rows.map((row, rowIndex) => {
    const isTotal = options.totalRow === true && rowIndex === options.rows.length - 1;
    const striped = options.zebra === true && rowIndex % 2 === 1 && !isTotal;
    // A total row never starts a page alone: the row above it goes with it. The header and the first row never
    // end a page alone either: they go with the second row.
    const keepNext =
      options.keepTogether === true
        ? rowIndex < options.rows.length - 1
        : (rowIndex === 0 && options.rows.length > 1) ||
          (options.totalRow === true && rowIndex === options.rows.length - 2);
    return new TableRow({
      cantSplit: true,
      children: options.columns.map(
        (column, index) =>
          // Widths come from the table's grid and margins from the table: cells stay small (500-row annexes).
          new TableCell({
            shading: striped ? { type: ShadingType.CLEAR, fill: PALETTE.zebra, color: 'auto' } : undefined,
            borders: isTotal ? { top: { ...thin, size: 12, color: PALETTE.ink } } : undefined,
            children: cellParagraphs(row[index] ?? null, column, isTotal, keepNext),
          }),
      ),
    });
  });
  return new Table({
    rows: [header, ...body],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { ...margins, marginUnitType: WidthType.DXA },
    borders: {
      top: thin,
      bottom: thin,
      left: none,
      right: none,
      insideHorizontal: thin,
      insideVertical: none,
    },
  });
}
