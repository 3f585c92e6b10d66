/**
 * RFC 4180 writing: a value holding the separator, a double quote or a line break is wrapped in double
 * quotes, its quotes doubled; lines end with CRLF, as the RFC says.
 */

export function csvCell(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  separator = ',',
): string {
  const line = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  return [line(header), ...rows.map(line)].map((text) => `${text}\r\n`).join('');
}
