/**
 * RFC 5545 content lines, written by hand: text values escaped (§3.3.11: backslash, semicolon, comma, line
 * breaks), lines folded at 75 octets (§3.1: a CRLF and a space, never inside a UTF-8 character), every line
 * ended by CRLF. Small enough to own and test, rather than a generator library that would have to be told
 * about VTIMEZONE, RECURRENCE-ID and stable UIDs anyway.
 */

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** A TEXT value: « Salle du conseil, mairie; 2e étage » → « Salle du conseil\, mairie\; 2e étage ». */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One logical line folded into physical lines of at most 75 octets, the continuations starting with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

/** `NAME;PARAM=x:value` */
export function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const head = [name, ...Object.entries(params).map(([key, param]) => `${key}=${param}`)].join(';');
  return foldLine(`${head}:${value}`);
}

/** The lines of a calendar object, each folded, joined and ended by CRLF. */
export function icsText(lines: string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}

/** « 2027-01-07T14:00 » → « 20270107T140000 » (a local time, with TZID). */
export function icsLocal(wall: string): string {
  return `${wall.slice(0, 4)}${wall.slice(5, 7)}${wall.slice(8, 10)}T${wall.slice(11, 13)}${wall.slice(14, 16)}00`;
}

/** An instant, ISO → « 20261205T084100Z ». */
export function icsUtc(iso: string): string {
  return `${new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}
