import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { ActivityFiguresDto } from '../../../../shared/activity/activityFiguresDto';
import {
  NOT_PROVIDED,
  activityReportTables,
  type ReportCell,
  type ReportColumn,
} from '../../../../shared/activity/activityReportTables';
import type { DocumentContext } from '../documentContext';
import { XLSX_MIME_TYPE } from '../../interop/xlsx/xlsxMimeType';
import { documentFileName } from '../fileName';
import { periodPhrase, scopePhrase } from './buildActivityReport';

/**
 * The report's tables as an XLSX workbook for the funders who ask for a spreadsheet: a first sheet saying
 * what it is (territory, scope, period, date, how to read it), then one sheet per table, French headers in
 * the first row (frozen), numbers as numbers, dates as dates; « non renseigné » where a value is not known.
 */

const dateOf = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

function cellOf(cell: ReportCell, column: ReportColumn): Cell | null {
  if (cell === '') return null;
  if (cell === null) return { value: NOT_PROVIDED, type: String, fontStyle: 'italic', textColor: '#666666' };
  switch (column.type) {
    case 'integer':
      return { value: Number(cell), type: Number, format: '#,##0' };
    case 'decimal':
      // A whole number (a count in the « Synthèse ») without a decimal, a rate with one.
      return { value: Number(cell), type: Number, format: Number.isInteger(cell) ? '#,##0' : '#,##0.0' };
    case 'rate':
      return { value: Number(cell), type: Number, format: '#,##0.0' };
    case 'date':
      return { value: dateOf(String(cell)), type: Date, format: 'dd/mm/yyyy' };
    case 'month':
      return { value: dateOf(String(cell)), type: Date, format: 'mmmm yyyy' };
    case 'text':
      return { value: String(cell), type: String };
  }
}

const widthOf = (column: ReportColumn, rows: ReportCell[][], index: number) =>
  Math.min(
    60,
    Math.max(
      column.header.length + 2,
      column.type === 'text' ? Math.max(0, ...rows.map((row) => String(row[index] ?? '').length + 2)) : 12,
    ),
  );

export async function activitySpreadsheetFile(figures: ActivityFiguresDto, context: DocumentContext) {
  const tables = activityReportTables(figures);
  const about: SheetData = [
    [{ value: 'Rapport d’activité — tableaux', fontWeight: 'bold', fontSize: 14 }],
    [],
    ['Territoire', context.territory.displayName],
    ['Périmètre', scopePhrase(figures)],
    ['Période', periodPhrase(figures)],
    ['Établi le', { value: dateOf(context.today), type: Date, format: 'dd/mm/yyyy' }],
    [],
    ['Lecture', 'Un accompagnement est une personne accompagnée au cours d’une activité.'],
    ['', 'Les chiffres viennent des exports d’activité des structures\u00a0; aucun nom n’est conservé.'],
    ['', `«\u00a0${NOT_PROVIDED}\u00a0»\u00a0: la source ne le dit pas (ce n’est pas zéro).`],
    [],
    [{ value: 'Feuilles', fontWeight: 'bold' }],
    ...tables.map((table) => [table.sheet, table.title]),
  ];
  const sheets = [
    { data: about, sheet: 'À lire', columns: [{ width: 14 }, { width: 90 }] },
    ...tables.map((table) => ({
      sheet: table.sheet,
      stickyRowsCount: 1,
      columns: table.columns.map((column, index) => ({ width: widthOf(column, table.rows, index) })),
      data: [
        table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
        ...table.rows.map((row) => row.map((cell, index) => cellOf(cell, table.columns[index]!))),
      ] as SheetData,
    })),
  ];
  const bytes = await writeXlsxFile(sheets).toBuffer();
  const fileName = documentFileName(
    `Activité – tableaux – ${figures.scope ? `${figures.scope.actorName} – ` : ''}${periodPhrase(figures)}`,
    context.territory.displayName,
  ).replace(/\.docx$/, '.xlsx');
  return {
    fileName,
    mimeType: XLSX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}
