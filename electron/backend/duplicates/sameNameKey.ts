import { normalizeForSearch } from '../../../shared/text/normalize';

/**
 * Two names for the same structure, whatever their accents, case, hyphens and punctuation: « Mission Locale
 * Jeunes Hautes-Alpes » and « MISSION LOCALE JEUNES HAUTES ALPES », « Fab'Alpes » and « Fab Alpes ».
 */
export function sameNameKey(name: string): string {
  return normalizeForSearch(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
