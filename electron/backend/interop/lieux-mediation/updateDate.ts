import type { PlaceSourceFields } from './placeSourceFields';

/**
 * The `date_maj` of an exported row, which the standard requires, never a date that no one gave:
 * - a place from a file: the file's own date; else the actor's last verification in Maillage (or the date
 *   the actor's file gave); else none: the row cannot be exported, and the export says why and how to fix it;
 * - a place (or an actor without place) created in Maillage: the last verification, else the day its record
 *   was last saved, which is the day someone wrote what it says.
 * The date of an import is never used: copying a file updates nothing of what it says.
 */
export function updateDateOf(
  actor: { lastVerifiedOn: string | null; updatedAt: string },
  fromFile: PlaceSourceFields | null,
): string | null {
  if (fromFile) return fromFile.sourceUpdatedOn ?? actor.lastVerifiedOn;
  return actor.lastVerifiedOn ?? actor.updatedAt.slice(0, 10);
}
