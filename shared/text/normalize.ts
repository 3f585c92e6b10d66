/** Lower-case, accent-free, single-spaced text: the key for accent- and case-insensitive search and sort. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œ]/gi, 'oe')
    .replace(/[æ]/gi, 'ae')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
