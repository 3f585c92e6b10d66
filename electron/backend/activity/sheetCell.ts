import type { SheetCell } from './readSpreadsheet';

/** A cell as text, trimmed ('' for an empty cell); numbers as written in French files would be (no exponent). */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A header compared without accents, case, apostrophe style or punctuation: « Durée (min) » → « duree min ». */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The values of a cell that holds several on separate lines (La Coop: one line per person, per theme). */
export function cellLines(cell: SheetCell | undefined): string[] {
  return cellText(cell)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
}

/** A whole count, or null when the cell holds none (« », « n.d. », « 3,5 »). */
export function cellCount(cell: SheetCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  const text = cellText(cell).replace(/[\s\u00a0\u202f]/g, '');
  return /^\d+$/.test(text) ? Number(text) : null;
}
