import { formatInteger } from '../../../../shared/format/french';
import type { SourceRecord } from '../lieux-mediation/readTable';

/**
 * A refused line that has fewer values than the header has columns: the reason says so, since the commune or
 * the name the reason misses is most often further on, past a line break typed inside a value without quotes
 * (an address or opening hours on two lines). The user then knows to mend the file, not the row's data.
 */
export function withCutLine(reason: string, cut: SourceRecord['cut'] | null): string {
  if (!cut) return reason;
  return `${reason} Cette ligne n’a que ${formatInteger(cut.values)}\u00a0valeur${cut.values > 1 ? 's' : ''} pour ${formatInteger(cut.columns)}\u00a0colonnes\u00a0: un retour à la ligne dans une valeur sans guillemets l’a sans doute coupée en deux.`;
}
