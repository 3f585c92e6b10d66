import { CONTENT_WIDTH, PALETTE, STYLE } from './documentStyles';
import { frenchTypography } from './frenchTypography';
import { missingRunXml, paragraphXml, type RunXml } from './paragraphXml';
import { columnWidths, type TableColumn } from './tables';

/**
 * `dataTable` (`tables.ts`) written directly as WordprocessingML text, row by row, for a long table in a
 * streamed body (the annuaire's 500 communes): the bytes docx writes for the same table, without its objects.
 * Text cells only (null is « non renseigné », '' an empty cell); no `keepTogether`, which long tables never
 * ask for. Its test compares every byte with what docx writes.
 */

export interface DataTableXmlOptions {
  columns: TableColumn[];
  rows: (string | null)[][];
  zebra?: boolean;
  /** The last row is a total: bold, above a rule. */
  totalRow?: boolean;
}

const MARGINS =
  '<w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/>' +
  '<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/>';
const thin = `w:val="single" w:color="${PALETTE.rule}" w:sz="4"`;
const none = 'w:val="nil" w:color="auto" w:sz="0"';

const alignmentOf = (column: TableColumn) => column.align ?? 'left';

function tableStart(widths: number[]): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/><w:tblBorders>` +
    `<w:top ${thin}/><w:left ${none}/><w:bottom ${thin}/><w:right ${none}/>` +
    `<w:insideH ${thin}/><w:insideV ${none}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${MARGINS}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`
  );
}

function headerRow(columns: TableColumn[], widths: number[], keepNext: boolean): string {
  const cells = columns.map(
    (column, index) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[index]}"/>` +
      `<w:shd w:fill="${PALETTE.headerFill}" w:color="auto" w:val="clear"/>` +
      `<w:tcMar>${MARGINS}</w:tcMar><w:vAlign w:val="bottom"/></w:tcPr>` +
      paragraphXml({ style: STYLE.tableHeader, alignment: alignmentOf(column), keepNext }, [column.title]) +
      '</w:tc>',
  );
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
}

function cellRuns(content: string | null, bold: boolean): RunXml[] {
  if (content === null) return [missingRunXml()];
  return frenchTypography(content)
    .split('\n')
    .map((line, index) => (index > 0 ? { text: line, bold, breakBefore: true } : { text: line, bold }));
}

function bodyRow(
  row: (string | null)[],
  columns: TableColumn[],
  widths: number[],
  { striped, isTotal, keepNext }: { striped: boolean; isTotal: boolean; keepNext: boolean },
): string {
  const shading = striped ? `<w:shd w:fill="${PALETTE.zebra}" w:color="auto" w:val="clear"/>` : '';
  const borders = isTotal
    ? `<w:tcBorders><w:top w:val="single" w:color="${PALETTE.ink}" w:sz="12"/></w:tcBorders>`
    : '';
  const cells = columns.map(
    (column, index) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[index]}"/>${shading}${borders}</w:tcPr>` +
      paragraphXml(
        { style: STYLE.tableText, alignment: alignmentOf(column), keepNext },
        cellRuns(row[index] ?? null, isTotal),
      ) +
      '</w:tc>',
  );
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
}

/** The table's XML, piece by piece: its properties and header row, then one piece per row, then its end. */
export function* dataTableXml(options: DataTableXmlOptions): Generator<string> {
  const widths = columnWidths(options.columns);
  yield tableStart(widths) + headerRow(options.columns, widths, options.rows.length > 0);
  const last = options.rows.length - 1;
  for (const [rowIndex, row] of options.rows.entries()) {
    const isTotal = options.totalRow === true && rowIndex === last;
    const striped = options.zebra === true && rowIndex % 2 === 1 && !isTotal;
    // As `dataTable`: the first row keeps with the second, the row above a total with it.
    const keepNext = (rowIndex === 0 && last > 0) || (options.totalRow === true && rowIndex === last - 1);
    yield bodyRow(row, options.columns, widths, { striped, isTotal, keepNext });
  }
  yield '</w:tbl>';
}
