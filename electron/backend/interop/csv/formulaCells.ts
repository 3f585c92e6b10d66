/**
 * Formula injection (OWASP « CSV injection »): a spreadsheet opening a CSV evaluates a cell that starts with `=`
 * (LibreOffice), or `+`, `-`, `@` (Excel), and a tab or carriage return can hide such a start. An actor named
 * `=HYPERLINK(…)` must reach the spreadsheet as text. The rule, for every CSV we write:
 *
 * - a cell starting with one of those characters gets a leading single quote, which spreadsheets show as text;
 * - except a plain number or telephone number (`-0.123`, `-0,123`, `+33549000000`, `+33 5 49 00 00 00`): a sign,
 *   then only digits, spaces, dots, commas and parentheses. Such a cell names no function, no reference and no
 *   other application, so it cannot act; LibreOffice reads it as a number or as text (checked in the tests);
 * - a cell that already starts with quotes before such a character gets one more, so that reading our own
 *   files back (`restoreFormulaCell`) gives the original value exactly, whatever it was.
 */

const TRIGGER = /^'*[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?\d[\d .,()]*$/;

/** A cell can need defusing only if it starts with one of these (`TRIGGER`'s possible first characters). */
const MAY_TRIGGER = new Set(["'", '=', '+', '-', '@', '\t', '\r']);

export function defuseFormulaCell(value: string): string {
  // Most cells start with none of them: answered without running the patterns (26,000 rows × 32 cells).
  if (!MAY_TRIGGER.has(value.charAt(0))) return value;
  return TRIGGER.test(value) && !NUMBER_OR_PHONE.test(value) ? `'${value}` : value;
}

/** The inverse, for CSV files read back: one leading quote before a formula start goes. */
export function restoreFormulaCell(value: string): string {
  // Only a cell starting with a quote can have one to remove (100,000 rows × 32 cells read).
  if (value.charCodeAt(0) !== 39) return value;
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** The character that would make a spreadsheet evaluate this value, or null when it is harmless. */
export function formulaStart(value: string): string | null {
  if (!MAY_TRIGGER.has(value.charAt(0))) return null;
  return /^[=+\-@\t\r]/.test(value) && !NUMBER_OR_PHONE.test(value) ? value[0]! : null;
}
