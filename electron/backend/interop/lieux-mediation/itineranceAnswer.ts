import type { Itinerance } from '../../../../shared/vocabularies/lieuxMediation';
import { normalizeForSearch } from '../../../../shared/text/normalize';

/**
 * A producer's « itinerant » column answers yes or no (« Oui », « non », « x », « 1 »): read as the standard's
 * itinerance, « Itinérant » or « Fixe ». Only in the itinerance column: « Oui » elsewhere means nothing.
 */
const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', 'x', '1']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

export function itineranceOfAnswer(value: string): Itinerance | null {
  const answer = normalizeForSearch(value).trim();
  if (YES.has(answer)) return 'Itinérant';
  if (NO.has(answer)) return 'Fixe';
  return null;
}
