/**
 * `2026-12-01_Annuaire des acteurs_CC du Civraisien en Poitou.docx`: dated so that versions sort by date,
 * French and readable, without the characters Windows refuses in a file name.
 */
export function documentFileName(today: string, title: string, territoryName: string): string {
  const safe = (text: string) =>
    text
      .replace(/[\\/:*?"<>|]/g, ' ')
      .split('')
      .map((char) => (char.charCodeAt(0) < 32 ? ' ' : char))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '');
  return `${today}_${safe(title)}_${safe(territoryName)}.docx`;
}
