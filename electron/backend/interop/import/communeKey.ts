/** How commune names and postcodes read in files are compared: accent-, case- and abbreviation-free. */

export function communeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(cedex|arrondissement)\b.*$/, '')
    .replace(/\bs\/\s*/g, 'sur ')
    .replace(/^(st|ste)\b/, (word) => (word === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(st)\b/g, 'saint')
    .replace(/\b(ste)\b/g, 'sainte')
    .trim();
}

/** `4070` → `04070`: spreadsheets drop the leading zero of the Alpes departments' codes. */
export function padCode(value: string): string {
  const trimmed = value.trim().toUpperCase();
  return /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** The postcode of a cell: `16016 CEDEX`, `16016 Cedex 9` or `4070` → `16016`, `04070`; else ''. */
export function postcodeOf(value: string): string {
  const digits = /^\s*(\d{4,5})\b/.exec(value)?.[1] ?? '';
  return digits ? padCode(digits) : '';
}

/** The département codes a postcode may belong to: `20xxx` is Corsica (2A or 2B), `97xxx` overseas. */
export function departementsOfPostcode(postcode: string): string[] {
  if (!/^\d{5}$/.test(postcode)) return [];
  if (postcode.startsWith('20')) return ['2A', '2B'];
  if (postcode.startsWith('97') || postcode.startsWith('98')) return [postcode.slice(0, 3)];
  return [postcode.slice(0, 2)];
}
