/**
 * The identifier made for a row of a file that gives none, so that re-importing the file finds its places
 * again: `nom:<name>:<postcode>:<commune>` (« nom:bibliotheque:05000:05037 »), the commune being the row's
 * INSEE code, or else its commune name, as the file writes them. The commune keeps apart same-named places
 * that share a postcode (three « Bibliothèque » of three villages under 05000). Ids made before the commune
 * was added (`nom:<name>:<postcode>`, `legacyMadeUpId`) are still recognised.
 */

const PREFIX = 'nom:';

/** Accent-, case- and punctuation-free: « Bibliothèque » → `bibliotheque`. */
const keyOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** The id without the commune, as rows were given before: their places still carry it. */
export function legacyMadeUpId(name: string, postcode: string): string {
  return `${PREFIX}${keyOf(name)}:${postcode}`;
}

/** `commune`: the row's INSEE code, or else its commune name; empty, the id is the legacy one. */
export function madeUpId(name: string, postcode: string, commune: string): string {
  const legacy = legacyMadeUpId(name, postcode);
  const key = keyOf(commune.trim());
  return key ? `${legacy}:${key}` : legacy;
}

/** Whether an id is one Maillage made (the file had none), not one the file gave. */
export function isMadeUpId(id: string): boolean {
  return /^nom:[a-z0-9-]*:[^:]*(?::[a-z0-9-]+)?$/.test(id);
}
