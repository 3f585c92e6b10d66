/**
 * The text of an OOXML element or attribute as the user typed it: XML's five named entities and its numeric
 * references decoded, then the `_xHHHH_` escapes that SpreadsheetML uses for characters XML 1.0 cannot carry
 * (ECMA-376 Part 1, §22.9.2.19; `_x005F_` escapes a literal « _x… »). Both checks are skipped when the text holds
 * neither « & » nor « _x », which is almost always.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? whole;
  });
}

function decodeSpreadsheetEscapes(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function xmlText(raw: string): string {
  const decoded = raw.includes('&') ? decodeEntities(raw) : raw;
  return decoded.includes('_x') ? decodeSpreadsheetEscapes(decoded) : decoded;
}
