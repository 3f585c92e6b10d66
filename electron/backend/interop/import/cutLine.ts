import { formatInteger } from '../../../../shared/format/french';
import type { SourceRecord } from '../lieux-mediation/readTable';

/**
 * A refused line that has fewer values than the header has columns: the reason says so, since the commune or
 * the name the reason misses is most often further on, past a line break typed inside a value without quotes
 * (an address or opening hours on two lines). The user then knows to mend the file, not the row's data.
 */
export function withCutLine(
  reason: string,
  cut: SourceRecord['cut'] | null,
  /**
   * The columns the refusal reads: the line is said cut only when it has a value in none of them (a line whose
   * last empty values were left out still has the ones it was refused for).
   */
  fields: readonly (string | undefined)[],
): string {
  const read = fields.filter((field): field is string => field !== undefined);
  if (!cut || read.length === 0 || !read.every((field) => cut.unsure.includes(field))) return reason;
  return `${reason} Cette ligne n’a que ${formatInteger(cut.values)}\u00a0valeur${cut.values > 1 ? 's' : ''} pour ${formatInteger(cut.columns)}\u00a0colonnes\u00a0: un retour à la ligne dans une valeur sans guillemets l’a sans doute coupée en deux.`;
}
