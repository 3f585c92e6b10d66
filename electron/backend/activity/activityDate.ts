import type { SheetCell } from './readSpreadsheet';
import { MONTH_NAMES } from '../../../shared/format/french';

/**
 * The day of an activity, whatever way the spreadsheet holds it: a date cell, an Excel serial number (days
 * since 30 December 1899, as a date without its format reads), or text (« 06/01/2026 », « 2026-01-06 »,
 * « 6/1/26 »). A month alone (« 2026-03 », « 03/2026 », « mars 2026 ») reads as its first day, `month: true`.
 * Null when the cell holds no date of the years 2000–2100.
 */

export interface ActivityDay {
  day: string;
  month: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

function valid(year: number, month: number, day: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's day 1 is 1 January 1900; 25,569 is 1 January 1970 (Excel counts a 29 February 1900 that never was). */
function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 36_526 || serial > 73_051) return null;
  const date = new Date(Math.round((Math.floor(serial) - 25_569) * 86_400_000));
  return valid(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const plainMonth = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const MONTHS = MONTH_NAMES.map(plainMonth);

export function activityDayOf(cell: SheetCell | undefined): ActivityDay | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    // Date cells come at midnight UTC; a time of day (« 06/01/2026 14:30 ») keeps its day.
    const day = valid(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return day ? { day, month: false } : null;
  }
  if (typeof cell === 'number') {
    const day = fromSerial(cell);
    return day ? { day, month: false } : null;
  }
  const text = String(cell).trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text))) {
    const day = valid(Number(match[1]), Number(match[2]), Number(match[3]));
    return day ? { day, month: false } : null;
  }
  if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/.exec(text))) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    const day = valid(year, Number(match[2]), Number(match[1]));
    return day ? { day, month: false } : null;
  }
  if ((match = /^(\d{4})-(\d{1,2})$/.exec(text)) || (match = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) {
    const [year, month] = match[1]!.length === 4 ? [match[1], match[2]] : [match[2], match[1]];
    const day = valid(Number(year), Number(month), 1);
    return day ? { day, month: true } : null;
  }
  if ((match = /^([a-zà-ü]+)\.?\s+(\d{4})$/i.exec(text))) {
    const name = plainMonth(match[1]!);
    const index = MONTHS.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name)));
    const day = index >= 0 ? valid(Number(match[2]), index + 1, 1) : null;
    return day ? { day, month: true } : null;
  }
  if (/^\d+([.,]\d+)?$/.test(text)) {
    const day = fromSerial(Number(text.replace(',', '.')));
    return day ? { day, month: false } : null;
  }
  return null;
}
