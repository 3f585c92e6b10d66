import { itemText } from './sharedStrings';
import { NotAWorkbook } from './xlsxPackage';
import { xmlText } from './xmlText';

/**
 * A worksheet's cells as rows of values, read straight off its XML: `indexOf` from tag to tag instead of a
 * general XML parser, because a 100,000-activity export is a 50 MB sheet and the general parser took over 3 s
 * (this takes a few hundred milliseconds). What it gives, as read-excel-file gave before it (the tests compare
 * both): text trimmed, an empty text as `null`; numbers as numbers, a date-formatted number as a `Date` (UTC);
 * booleans; a formula's cached result; a formula in error, or one never computed, as `null`; a merged cell's value
 * in its top-left cell only; the empty rows at the bottom and the empty columns at the right dropped, every row
 * as wide as the widest. Rows and cells without an address follow the previous one.
 */

export type XlsxCell = string | number | boolean | Date | null;

export interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  epoch1904: boolean;
}

const utf8 = new TextDecoder('utf-8');
const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (30 December 1899, its 1900 leap-year bug included) to 1 January 1970. */
const DAYS_BEFORE_1970 = 25_569;
/** Days the 1904 system (old Mac workbooks) counts less. */
const DAYS_1900_TO_1904 = 1_462;

function isNameEnd(code: number): boolean {
  // space, tab, line feed, carriage return, « > », « / »
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The value of attribute `name` in the start tag `xml[from, to)`, or undefined. */
function attribute(xml: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at);
    if (at < 0 || at >= to) return undefined;
    const before = xml.charCodeAt(at - 1);
    const after = at + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(after) === 61) {
      const quote = xml[after + 1];
      if (quote === '"' || quote === "'") return xml.slice(after + 2, xml.indexOf(quote, after + 2));
    }
    at = after;
  }
}

/** « AB12 » → column 28 (1-based); 0 when the address has no letters. */
function columnOf(address: string): number {
  let column = 0;
  for (let index = 0; index < address.length; index += 1) {
    const code = address.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

export function readSheetRows(bytes: Uint8Array, context: SheetContext): XlsxCell[][] {
  const xml = utf8.decode(bytes);
  // The prefix the producer gave SpreadsheetML's namespace (« x: » for some), read off the root element.
  const root = /<([\w.-]+:)?worksheet[\s>]/.exec(xml);
  if (!root) throw new NotAWorkbook('feuille sans élément worksheet');
  const prefix = root[1] ?? '';
  const ROW = `<${prefix}row`;
  const CELL = `<${prefix}c`;
  const CELL_END = `</${prefix}c>`;
  const VALUE = `<${prefix}v`;
  const VALUE_END = `</${prefix}v>`;
  const INLINE = `<${prefix}is`;
  const INLINE_END = `</${prefix}is>`;

  const dataStart = xml.indexOf(`<${prefix}sheetData`);
  if (dataStart < 0) return [];
  const dataOpenEnd = xml.indexOf('>', dataStart);
  if (xml.charCodeAt(dataOpenEnd - 1) === 47) return [];
  const dataEnd = xml.indexOf(`</${prefix}sheetData>`, dataOpenEnd);
  if (dataEnd < 0) throw new NotAWorkbook('feuille tronquée');

  const { sharedStrings, dateStyles, epoch1904 } = context;
  const shift = epoch1904 ? DAYS_1900_TO_1904 - DAYS_BEFORE_1970 : -DAYS_BEFORE_1970;
  const rows: XlsxCell[][] = [];
  let row: XlsxCell[] = [];
  let rowNumber = 0;
  let column = 0;
  let lastDataRow = 0;
  let widest = 0;
  let at = dataOpenEnd + 1;

  while (at < dataEnd) {
    const open = xml.indexOf('<', at);
    if (open < 0 || open >= dataEnd) break;
    const close = xml.indexOf('>', open);
    if (xml.startsWith(ROW, open) && isNameEnd(xml.charCodeAt(open + ROW.length))) {
      const address = attribute(xml, open, close, 'r');
      const number = address === undefined ? rowNumber + 1 : Number(address);
      if (!Number.isInteger(number) || number <= rowNumber) throw new NotAWorkbook('lignes dans le désordre');
      while (rows.length < number - 1) rows.push([]);
      row = [];
      rows.push(row);
      rowNumber = number;
      column = 0;
      at = close + 1;
      continue;
    }
    if (!(xml.startsWith(CELL, open) && isNameEnd(xml.charCodeAt(open + CELL.length)))) {
      at = close + 1;
      continue;
    }
    const address = attribute(xml, open, close, 'r');
    const cellColumn = address === undefined ? column + 1 : columnOf(address);
    if (cellColumn <= column) throw new NotAWorkbook('cellules dans le désordre');
    column = cellColumn;
    if (xml.charCodeAt(close - 1) === 47) {
      at = close + 1;
      continue;
    }
    const cellEnd = xml.indexOf(CELL_END, close);
    if (cellEnd < 0 || cellEnd > dataEnd) throw new NotAWorkbook('cellule tronquée');
    at = cellEnd + CELL_END.length;

    const type = attribute(xml, open, close, 't') ?? 'n';
    let raw: string | undefined;
    let valueAt = xml.indexOf(VALUE, close);
    while (valueAt >= 0 && valueAt < cellEnd && !isNameEnd(xml.charCodeAt(valueAt + VALUE.length)))
      valueAt = xml.indexOf(VALUE, valueAt + 1);
    if (valueAt >= 0 && valueAt < cellEnd) {
      const valueOpenEnd = xml.indexOf('>', valueAt);
      raw =
        xml.charCodeAt(valueOpenEnd - 1) === 47
          ? ''
          : xml.slice(valueOpenEnd + 1, xml.indexOf(VALUE_END, valueOpenEnd));
    }

    let value: XlsxCell = null;
    switch (type) {
      case 's': {
        if (!raw) break;
        const text = sharedStrings[Number(raw)];
        if (text === undefined) throw new NotAWorkbook('chaîne partagée absente');
        value = text.trim() || null;
        break;
      }
      case 'str':
        value = raw ? xmlText(raw).trim() || null : null;
        break;
      case 'inlineStr': {
        const inlineAt = xml.indexOf(INLINE, close);
        if (inlineAt >= 0 && inlineAt < cellEnd) {
          const inner = xml.slice(xml.indexOf('>', inlineAt) + 1, xml.indexOf(INLINE_END, inlineAt));
          value = itemText(inner).trim() || null;
        }
        break;
      }
      case 'b':
        if (raw === '1') value = true;
        else if (raw === '0') value = false;
        else if (raw) throw new NotAWorkbook('valeur booléenne invalide');
        break;
      case 'e':
        break;
      case 'd':
        if (raw) {
          const date = new Date(raw.trim());
          if (Number.isNaN(date.getTime())) throw new NotAWorkbook('date invalide');
          value = date;
        }
        break;
      case 'n': {
        if (!raw) break;
        const number = Number(raw);
        if (Number.isNaN(number)) throw new NotAWorkbook('nombre invalide');
        // A style the workbook does not define formats nothing: the number stays a number.
        const style = attribute(xml, open, close, 's');
        value =
          style !== undefined && dateStyles[Number(style)]
            ? new Date(Math.floor((number + shift) * DAY_MS))
            : number;
        break;
      }
      default:
        throw new NotAWorkbook(`type de cellule inconnu (${type})`);
    }
    if (value === null) continue;
    while (row.length < cellColumn - 1) row.push(null);
    row.push(value);
    if (cellColumn > widest) widest = cellColumn;
    lastDataRow = rowNumber;
  }

  rows.length = lastDataRow;
  for (const each of rows) while (each.length < widest) each.push(null);
  return rows;
}
