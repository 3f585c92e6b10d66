import { formatDate } from '../../../../shared/format/french';
import type { PlaceOrigin } from './placeOrigin';
import type { PlannedRow } from './plan';
import { fromOwnExport, type StoredOrigin } from './recordAfterRow';

/**
 * A producer's row and the date of what its place last received from that producer (`date_maj`, the standard's
 * date of the row's last update):
 * - an older date: the file is older than what was already imported; the record stays as it is, so that an
 *   older file never undoes a newer one;
 * - the same date: the producer says it has not updated the row since, yet the file may differ from the record,
 *   corrected since in Maillage, or edited in a spreadsheet (our own export writes the stored date back). Nothing
 *   stored tells the two apart, so the file is applied as any update, and the report says so on the row's line
 *   before anything is written: the user can still cancel, rather than lose a correction without a word.
 * Without a date on either side, nothing can be told. Maillage's own export of its own places is no producer's.
 */
export type FileDate = 'older' | 'same' | null;

export function fileDateOf(
  row: PlannedRow,
  incoming: PlaceOrigin,
  stored: StoredOrigin | undefined,
): FileDate {
  if (row.action.kind !== 'update' || fromOwnExport(row) || !stored) return null;
  const fileDate = incoming.sourceUpdatedOn;
  const importedDate = stored.sourceUpdatedOn;
  if (fileDate === null || importedDate === null) return null;
  return fileDate < importedDate ? 'older' : fileDate === importedDate ? 'same' : null;
}

/** The report's word on an older row, whose record is kept. */
export function keptRecordReason(incoming: PlaceOrigin, stored: StoredOrigin): string {
  return `Le fichier est plus ancien pour ce lieu (mis à jour le ${formatDate(incoming.sourceUpdatedOn!)}) que ce qui en a déjà été importé (le ${formatDate(stored.sourceUpdatedOn!)})\u00a0: la fiche est conservée telle quelle.`;
}

/** The report's word on a row of the same date whose record differs from the file: the file wins, said before. */
export function sameDateReason(incoming: PlaceOrigin): string {
  return `Même date de mise à jour qu’au dernier import de ce lieu (${formatDate(incoming.sourceUpdatedOn!)}), mais la fiche diffère du fichier\u00a0: l’import lui rend les valeurs du fichier. Une correction faite depuis dans Maillage serait perdue.`;
}
