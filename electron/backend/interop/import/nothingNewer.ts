import { formatDate } from '../../../../shared/format/french';
import type { PlaceOrigin } from './placeOrigin';
import type { PlannedRow } from './plan';
import { fromOwnExport, type StoredOrigin } from './recordAfterRow';

/**
 * A row that brings nothing newer than what its place last received from the same producer: the file's
 * `date_maj` (the standard's date of the row's last update) is the one already imported, or an older one. Its
 * record then stays as it is: a name, a phone or hours corrected in Maillage since the last import are not put
 * back to the file's older values, and an older file never undoes a newer one. Without a date on either side,
 * nothing can be told: the row updates the record as any other. Maillage's own export is not a producer's file.
 */
export function bringsNothingNewer(
  row: PlannedRow,
  incoming: PlaceOrigin,
  stored: StoredOrigin | undefined,
): boolean {
  if (row.action.kind !== 'update' || fromOwnExport(row) || !stored) return false;
  const fileDate = incoming.sourceUpdatedOn;
  const importedDate = stored.sourceUpdatedOn;
  return fileDate !== null && importedDate !== null && fileDate <= importedDate;
}

/** The report's word on such a row whose record differs from the file: what is kept, and why. */
export function keptRecordReason(incoming: PlaceOrigin, stored: StoredOrigin): string {
  const fileDate = incoming.sourceUpdatedOn!;
  const importedDate = stored.sourceUpdatedOn!;
  return fileDate === importedDate
    ? `Même date de mise à jour qu’au dernier import de ce lieu (${formatDate(fileDate)})\u00a0: la fiche, qui diffère du fichier (modifiée depuis dans Maillage), est conservée telle quelle.`
    : `Le fichier est plus ancien pour ce lieu (mis à jour le ${formatDate(fileDate)}) que ce qui en a déjà été importé (le ${formatDate(importedDate)})\u00a0: la fiche est conservée telle quelle.`;
}
