/**
 * `Feuille de route – version 1 adoptée le 5 avril 2026 – CC du Civraisien en Poitou.docx`: which document and
 * which version (`documentNames.ts`), then the territory, French and readable, without the characters Windows
 * refuses in a file name (nor control characters, nor a trailing dot or space), no-break spaces made plain.
 */
export function documentFileName(name: string, territoryName: string): string {
  const safe = (text: string) =>
    text
      .replace(/[\\/:*?"<>|]/g, ' ')
      .split('')
      .map((char) => (char.charCodeAt(0) < 32 ? ' ' : char))
      .join('')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .replace(/ \)/g, ')')
      .trim()
      .replace(/[. ]+$/, '');
  return `${safe(name)} – ${safe(territoryName)}.docx`;
}
